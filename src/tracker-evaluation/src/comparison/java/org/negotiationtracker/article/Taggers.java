package org.negotiationtracker.article;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.negotiationtracker.article.DateMention.Context;
import org.negotiationtracker.article.DateMention.Direction;
import org.negotiationtracker.article.DateMention.Resolved;
import org.negotiationtracker.article.GazetteerEntry.Kind;
import org.negotiationtracker.domain.Actor;

/**
 * The contenders for two sub-tasks of extraction: the dates an article expresses (ISO, at the precision each tool
 * gives) and the people it names (by surname). Each reads one article against its publication date.
 */
final class Taggers {

    /** What one tool found in one article; null for a sub-task the tool does not do. */
    record Found(Set<String> dates, Set<String> surnames) {
    }

    interface Tagger {
        String name();

        Found read(String text, LocalDate published);
    }

    private Taggers() {
    }

    /** The extractor's own rules: DateGrammar resolved to the nearest side, gazetteer plus titles for people. */
    static Tagger rules() {
        Gazetteer gazetteer = new Gazetteer(GazetteerFiles.bundled());
        return new Tagger() {
            public String name() {
                return "rules (DateGrammar, gazetteer + TitledPeople)";
            }

            public Found read(String text, LocalDate published) {
                Set<String> dates = new LinkedHashSet<>();
                for (String line : text.split("\n")) {
                    for (DateMention mention : DateGrammar.find(new Sentence(line, 0, List.of()))) {
                        Resolved resolved = mention.attributive() ? null
                                : mention.resolve(new Context(published, Direction.UNKNOWN, null));
                        if (resolved != null) {
                            dates.add(resolved.date().toString());
                        }
                    }
                }
                Set<String> surnames = new LinkedHashSet<>();
                for (Mention mention : NamedBodies.addTo(text, TitledPeople.addTo(text, gazetteer.find(text)))) {
                    if (mention.entry().kind() == Kind.PERSON) {
                        surnames.add(surname(mention.entry().name()));
                    }
                }
                return new Found(dates, surnames);
            }
        };
    }

    /** natty 0.13 (MIT): dates only, always to the day. */
    static Tagger natty() {
        Parser parser = new Parser(TimeZone.getTimeZone("UTC"));
        return new Tagger() {
            public String name() {
                return "natty 0.13";
            }

            public Found read(String text, LocalDate published) {
                Date reference = Date.from(published.atTime(12, 0).toInstant(ZoneOffset.UTC));
                Set<String> dates = new LinkedHashSet<>();
                for (String line : text.split("\n")) {
                    for (DateGroup group : parseOrNothing(parser, line, reference)) {
                        for (Date date : group.getDates()) {
                            dates.add(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
                        }
                    }
                }
                return new Found(dates, null);
            }
        };
    }

    /** natty throws on some lines of news text (a null date inside its own code): such a line counts as dateless. */
    private static List<DateGroup> parseOrNothing(Parser parser, String line, Date reference) {
        try {
            return parser.parse(line, reference);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Stanford CoreNLP 4.5.10 (GPL v3+): its statistical NER with SUTime, dates normalised against the document date. */
    static Tagger coreNlp() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        properties.setProperty("ner.applyFineGrained", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        return new Tagger() {
            public String name() {
                return "Stanford CoreNLP 4.5.10 (NER + SUTime)";
            }

            public Found read(String text, LocalDate published) {
                CoreDocument document = new CoreDocument(text);
                document.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
                pipeline.annotate(document);
                Set<String> dates = new LinkedHashSet<>();
                Set<String> surnames = new LinkedHashSet<>();
                for (CoreEntityMention mention : document.entityMentions()) {
                    if (mention.entityType().equals("PERSON")) {
                        surnames.add(surname(mention.text()));
                    }
                    Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                    if (mention.entityType().equals("DATE") && timex != null && timex.value() != null) {
                        String value = timex.value().length() > 10 ? timex.value().substring(0, 10) : timex.value();
                        if (CALENDAR_VALUE.matcher(value).matches()) {
                            dates.add(value);
                        }
                    }
                }
                return new Found(dates, surnames);
            }
        };
    }

    /** CoreNLP's neural dependency parser, timed only: the corpus has no gold trees to score it on. */
    static Tagger coreNlpDependencies() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        return new Tagger() {
            public String name() {
                return "Stanford CoreNLP 4.5.10 (dependency parse)";
            }

            public Found read(String text, LocalDate published) {
                pipeline.annotate(new CoreDocument(text));
                return new Found(null, null);
            }
        };
    }

    static String surname(String name) {
        String key = new Actor(name, null, null).key();
        return key.substring(key.lastIndexOf(' ') + 1);
    }
}
