package org.negotiationtracker.article;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.TopicDefinition;

/**
 * Reads the diplomatic events of a news article: sentences, tokens and part-of-speech tags from OpenNLP,
 * people, institutions and places from gazetteers, event types from trigger words with their tense and
 * modality, dates resolved against the publication date. Thread-safe; load once and share.
 */
public final class ArticleExtractor {

    /** How the events it extracts name their extractor ({@code metadata.extractor}). */
    public static final String NAME = "negotiation-tracker";
    /** Changes whenever what the extractor reads from the same article may change. */
    private static final String RULES_VERSION = "23";

    private static final int BACKGROUND_DAYS = 365;
    /** How far back the days of an article's own news go. */
    private static final int CURRENT_DAYS = 7;

    /** Which models read the sentences besides the rules and gazetteers. */
    public enum Models {
        /** NLP4J's trained tagger, named-entity model and parser under the rules: the extractor as designed. */
        TRAINED,
        /** OpenNLP's tagger alone: loads in a second and little memory, finds fewer events (docs/extraction.md). */
        RULES_ONLY
    }

    private final LanguageModels models;
    private final Gazetteer gazetteer;
    private final TopicMatcher topics;
    private final Clock clock;
    /** Null for the rules alone; loaded on first use, or by {@link #loadModels}. */
    private final TrainedModels.OnDemand trained;

    private ArticleExtractor(LanguageModels models, Gazetteer gazetteer, Clock clock, TrainedModels.OnDemand trained) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.topics = new TopicMatcher(gazetteer);
        this.clock = clock;
        this.trained = trained;
    }

    /** {@link #load(List, Models)} with the trained models. */
    public static ArticleExtractor load(List<Path> extraGazetteerDirs) {
        return load(extraGazetteerDirs, Models.TRAINED);
    }

    /**
     * Loads the bundled OpenNLP models and gazetteers, plus every gazetteer file found in the given folders
     * (same format as the bundled ones, see README), so a deployment extends them without a rebuild. The trained
     * models, when chosen, load on the first {@link #events} or on {@link #loadModels}: {@link #triage} never
     * needs them.
     */
    public static ArticleExtractor load(List<Path> extraGazetteerDirs, Models choice) {
        List<GazetteerEntry> entries = new ArrayList<>(GazetteerFiles.bundled());
        extraGazetteerDirs.forEach(dir -> entries.addAll(GazetteerFiles.folder(dir)));
        return new ArticleExtractor(LanguageModels.load(), new Gazetteer(entries), Clock.systemUTC(),
                choice == Models.TRAINED ? new TrainedModels.OnDemand() : null);
    }

    /**
     * Loads the trained models now if they are chosen and not yet loaded (about a minute and 2 GB of heap), so
     * that a worker can load them in the background before its first article.
     */
    public void loadModels() {
        if (trained != null) {
            trained.get();
        }
    }

    /** Whether {@link #events} can run without first loading models. */
    public boolean modelsLoaded() {
        return trained == null || trained.loaded();
    }

    /** The version that extracted events carry with {@link #NAME}: the rules' revision and the models used. */
    public String version() {
        return RULES_VERSION + (trained == null ? "+opennlp" : "+nlp4j-1.1.3");
    }

    /** The same extractor reading yearless datelines against another clock (tests, replays of old feeds). */
    public ArticleExtractor withClock(Clock otherClock) {
        return new ArticleExtractor(models, gazetteer, Objects.requireNonNull(otherClock, "clock"), trained);
    }

    /**
     * When the article was published and which registered topic it is about, read by rules and gazetteers only
     * (no trained model is loaded for it).
     *
     * @param registered every registered topic; the article goes to the best match, or to none
     * @throws PublicationDateMissingException when the article has no publication date and no dated dateline
     */
    public ArticleTriage triage(Article article, List<TopicDefinition> registered) {
        String text = textOf(article);
        Publication publication = publication(article, Datelines.find(text, LocalDate.now(clock)));
        List<Mention> mentions = mentions(text);
        String topicText = (article.title() == null ? "" : article.title() + "\n") + text;
        Optional<TopicMatch> topic = topics.assign(topicText, article.title() == null ? mentions
                : gazetteer.find(topicText), registered);
        return new ArticleTriage(publication, topic);
    }

    /** The article's events about the given topic, its publication as {@link #triage} read it. */
    public List<ExtractedEvent> events(Article article, Publication publication, TopicDefinition topic) {
        String text = textOf(article);
        Optional<Datelines.Dateline> dateline = Datelines.find(text, LocalDate.now(clock));
        TrainedModels trainedModels = trained == null ? null : trained.get();
        List<Sentence> sentences = sentences(text, trainedModels);
        List<Mention> mentions = trainedModels == null ? mentions(text) : EntityMentions.addTo(sentences, mentions(text));
        LocalDate published = publication.date().firstDay();
        String datelineCity = dateline.flatMap(d -> gazetteer.place(d.city())).orElse(null);
        TopicSides parties = topicSides(topic);
        SentenceReader reader = new SentenceReader(gazetteer, published, datelineCity,
                dateline.map(Datelines.Dateline::end).orElse(0), parties.actors());
        SentenceReader.Memory memory = new SentenceReader.Memory();
        List<Candidate> candidates = new ArrayList<>();
        boolean first = true;
        for (Sentence sentence : sentences) {
            candidates.addAll(reader.read(sentence, mentions, memory, first));
            first = false;
        }
        List<String> sides = sides(topic);
        return Collapse.collapse(CalledOffPlans.dateByPlans(MultiDayMeetings.dateByFirstDay(candidates, text),
                PartialDate.ofDay(published))).stream()
                .filter(c -> !c.actors().isEmpty() && concernsTopic(c, sides, mentions))
                .map(c -> event(c, named(c.actors(), parties.partyNames()), published))
                .toList();
    }

    /** {@link #triage} then {@link #events}: the whole reading of one article. */
    public Extraction extract(Article article, List<TopicDefinition> registered) {
        ArticleTriage triage = triage(article, registered);
        List<ExtractedEvent> events = triage.topic()
                .map(match -> events(article, triage.publication(), match.topic()))
                .orElse(List.of());
        return new Extraction(triage.publication(), triage.topic().map(TopicMatch::topic), events);
    }

    private static String textOf(Article article) {
        return article.text() == null ? "" : article.text();
    }

    private List<Mention> mentions(String text) {
        return NamedBodies.addTo(text, TitledPeople.addTo(text, gazetteer.find(text)));
    }

    private Publication publication(Article article, Optional<Datelines.Dateline> dateline) {
        if (article.publishedAt() != null) {
            return new Publication(article.publishedAt(), Publication.Origin.PUBLISHED_AT, false);
        }
        Datelines.Dateline found = dateline.filter(d -> d.date() != null)
                .orElseThrow(PublicationDateMissingException::new);
        return new Publication(PartialDate.ofDay(found.date()), Publication.Origin.DATELINE, found.yearInferred());
    }

    /**
     * Paragraphs (lines) are split apart first: news text often ends a heading or a dateline without a stop.
     * Page furniture is skipped. Sentences without a single trigger word are not tagged: they can hold no event.
     */
    private List<Sentence> sentences(String text, TrainedModels trainedModels) {
        List<Sentence> sentences = new ArrayList<>();
        for (PageFurniture.Line line : PageFurniture.articleLines(text)) {
            sentences.addAll(models.analyze(text, line.start(), line.end(), Lexicon::mayHoldTrigger, trainedModels));
        }
        return sentences;
    }

    /**
     * The topic's parties as actors, and the bodies among them by the name the gazetteer knows them to the name the
     * topic gives them ("Intergovernmental Authority on Development" to "IGAD"): an event's actors are named as the
     * analyst who registered the topic names its parties, so that they read as its sides.
     */
    private record TopicSides(List<Actor> actors, Map<String, String> partyNames) {
    }

    /**
     * A party is a country's government where it is a country or its state ("Government of South Sudan"), the body
     * the gazetteer knows by that name (named as the topic names it), or else the party as the topic names it.
     */
    private TopicSides topicSides(TopicDefinition topic) {
        List<Actor> sides = new ArrayList<>();
        Map<String, String> partyNames = new HashMap<>();
        for (String party : topic.parties()) {
            String name = TopicProfile.mainName(party);
            List<Mention> found = gazetteer.find(name);
            Mention country = found.stream().filter(m -> m.entry().kind() == GazetteerEntry.Kind.COUNTRY)
                    .findFirst().orElse(null);
            Actor side;
            if (country != null) {
                side = new Actor(country.entry().country(), country.entry().country(), "government");
            } else if (found.size() == 1 && found.get(0).end() - found.get(0).start() == name.length()) {
                side = new Actor(name, found.get(0).entry().country(), null);
                partyNames.put(found.get(0).entry().name(), name);
            } else {
                side = new Actor(name, null, null);
            }
            if (sides.stream().noneMatch(a -> a.key().equals(side.key()))) {
                sides.add(side);
            }
        }
        return new TopicSides(sides, partyNames);
    }

    private static List<Actor> named(List<Actor> actors, Map<String, String> partyNames) {
        return actors.stream().map(a -> partyNames.containsKey(a.name())
                ? new Actor(partyNames.get(a.name()), a.country(), a.role()) : a).toList();
    }

    /**
     * The topic's parties as keys, with the countries topic matching reads in them: "Government of South Sudan" is
     * South Sudan's side, so its president acts for it.
     */
    private List<String> sides(TopicDefinition topic) {
        List<String> sides = new ArrayList<>(topic.parties().stream().map(ArticleExtractor::phraseKey).toList());
        new TopicProfile(topic, gazetteer).parties().forEach(p -> sides.addAll(p.entities()));
        return sides;
    }

    /**
     * An actor of one of the topic's sides, or a side named in the sentence, by name ("North Korea" as two
     * words) or by anything the gazetteer knows of it ("Ukrainian", "Kyiv"); or someone of no known country, whom
     * an article about the topic names as acting ("Government negotiator Jorge Rodriguez told reporters"), or of an
     * organisation that acts for itself ("the African Union's envoy"), as mediators do: people the gazetteer or the
     * sentence places in another country are of another story.
     */
    private boolean concernsTopic(Candidate candidate, List<String> sides, List<Mention> mentions) {
        String words = " " + phraseKey(candidate.sentence().text()) + " ";
        Sentence sentence = candidate.sentence();
        return candidate.actors().stream().anyMatch(a -> a.country() != null && sides.contains(phraseKey(a.country())))
                || candidate.actors().stream().anyMatch(a -> !"government".equals(a.role())
                        && (a.country() == null || gazetteer.place(a.country()).isEmpty()))
                || sides.stream().anyMatch(p -> words.contains(" " + p + " "))
                || mentions.stream().anyMatch(m -> m.start() >= sentence.start() && m.end() <= sentence.end()
                        && m.entry().country() != null && sides.contains(phraseKey(m.entry().country())));
    }

    private static String phraseKey(String text) {
        return String.join(" ", Words.keys(text));
    }

    private static ExtractedEvent event(Candidate c, List<Actor> actors, LocalDate published) {
        boolean planned = c.type() == EventType.MEETING_SCHEDULED || c.type() == EventType.MEETING_CANCELLED;
        PartialDate occurredAt = planned ? PartialDate.ofDay(published) : c.date();
        PartialDate plannedFor = planned ? c.date() : null;
        boolean background = isHistory(c, planned, published);
        Evidence evidence = new Evidence(c.sentence().text(), c.sentence().start(), c.sentence().end(),
                c.surfaces(), c.confidence());
        return new ExtractedEvent(c.type(), occurredAt, plannedFor, actors, c.location(), summary(c, actors), c.subject(),
                c.dateExpression(), c.dateEnd(), background, evidence);
    }

    /**
     * History the article recalls rather than its news: anything over a year old; a past event the text dates
     * only by an earlier month or year ("in mid-December", "last year") that ended over a week ago, since news of
     * the day is told by the day; and what the text itself tells as earlier ("had agreed on 10 May" when that is
     * more than a week back).
     */
    private static boolean isHistory(Candidate c, boolean planned, LocalDate published) {
        if (c.date().lastDay().isBefore(published.minusDays(BACKGROUND_DAYS))) {
            return true;
        }
        boolean earlierMonth = c.date().precision() != PartialDate.Precision.DAY
                && c.date().lastDay().isBefore(published.withDayOfMonth(1))
                && c.date().lastDay().isBefore(published.minusDays(CURRENT_DAYS));
        return !planned && (c.recalled() || earlierMonth);
    }

    /** A short phrase of our own: who, what, where; never the article's words. */
    private static String summary(Candidate c, List<Actor> actors) {
        String who = actors.stream().map(Actor::name).collect(Collectors.joining(" and "));
        String what = switch (c.type()) {
            case MEETING_HELD -> "met";
            case MEETING_SCHEDULED -> "to meet";
            case MEETING_CANCELLED -> "meeting called off";
            case DEMAND_MADE -> "demanded " + Objects.requireNonNullElse(c.subject(), "a condition");
            case PROPOSAL_MADE -> "proposed " + Objects.requireNonNullElse(c.subject(), "a plan");
            case AGREEMENT_REACHED -> "agreed on " + Objects.requireNonNullElse(c.subject(), "terms");
            case DOCUMENT_SIGNED -> "signed " + Objects.requireNonNullElse(c.subject(), "a document");
            case BRIEFING_HELD -> "briefing on the talks";
            case STATEMENT_ISSUED -> "stated a position";
            case TALKS_SUSPENDED -> "talks suspended";
            case TALKS_RESUMED -> "talks resumed";
            case TOPIC_REGISTERED, ARTICLE_RECEIVED, EVENT_RETRACTED, EVENT_CONFIRMED, EVENT_REJECTED,
                    EVENT_CORRECTED -> "registered";
        };
        return who + " " + what + (c.location() != null ? " in " + c.location() : "");
    }
}
