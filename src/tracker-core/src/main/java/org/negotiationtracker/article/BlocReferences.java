package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "ASEAN foreign ministers met ... The regional bloc said": an organisation of states named by what it is. It is the
 * one that acts for itself (a bloc, not a ministry) the article named last before; where it named none, nothing.
 * Lower case only, so that a name ("the African Union") is never taken for a reference, and not in "the bloc's
 * negotiator", where the organisation only says whom the person works for.
 */
final class BlocReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b[Tt]he\\s+(?:[a-z-]+\\s+)?(?:bloc|organisation|organization|alliance|grouping)\\b(?!\\s*['’])");

    private BlocReferences() {
    }

    static List<Mention> find(Sentence sentence, List<Mention> articleMentions) {
        List<Mention> found = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(sentence.text());
        while (reference.find()) {
            int start = sentence.start() + reference.start();
            Mention named = null;
            for (Mention mention : articleMentions) {
                if (mention.end() <= start && actsForItself(mention.entry())) {
                    named = mention;
                }
            }
            if (named != null) {
                found.add(new Mention(named.entry(), reference.group(), start, sentence.start() + reference.end()));
            }
        }
        return found;
    }

    private static boolean actsForItself(GazetteerEntry entry) {
        return entry.kind() == GazetteerEntry.Kind.INSTITUTION && entry.name().equals(entry.country());
    }
}
