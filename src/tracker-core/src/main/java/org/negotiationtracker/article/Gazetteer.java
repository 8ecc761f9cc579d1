package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds gazetteer entries in text, longest match first. A person's short form (usually the surname:
 * "Lavrov") counts only in an article that names them in full somewhere, so a bare surname shared by
 * two people, or a common word, is not taken for someone the article never introduced.
 */
final class Gazetteer {

    private record Form(List<String> words, GazetteerEntry entry, boolean capitalized, boolean acronym,
                        boolean shortForm) {
    }

    private final Map<String, List<Form>> formsByFirstWord = new HashMap<>();
    private final List<GazetteerEntry> entries;

    Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry entry : entries) {
            add(entry.name(), entry, false);
            entry.variants().forEach(variant -> add(variant, entry, false));
            if (entry.kind() == GazetteerEntry.Kind.PERSON) {
                List<String> shortForms = entry.shortForms().isEmpty()
                        ? List.of(entry.name().substring(entry.name().lastIndexOf(' ') + 1)) : entry.shortForms();
                shortForms.forEach(form -> add(form, entry, true));
            }
        }
        formsByFirstWord.values().forEach(forms -> forms.sort(
                Comparator.comparingInt((Form f) -> f.words().size()).reversed()));
    }

    private void add(String text, GazetteerEntry entry, boolean shortForm) {
        List<String> words = Words.keys(text);
        if (words.isEmpty()) {
            return;
        }
        boolean acronym = text.length() <= 5 && text.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase);
        formsByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                .add(new Form(words, entry, Character.isUpperCase(text.codePointAt(0)), acronym, shortForm));
    }

    List<GazetteerEntry> entries() {
        return entries;
    }

    /** The canonical name of a place or country written any known way ("MUNICH" is Munich). */
    Optional<String> place(String text) {
        List<Words.Word> words = Words.of(text, 0, text.length());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (Form form : formsByFirstWord.getOrDefault(words.get(0).key(), List.of())) {
            GazetteerEntry entry = form.entry();
            if (form.words().size() == words.size() && (entry.kind() == GazetteerEntry.Kind.PLACE
                    || entry.kind() == GazetteerEntry.Kind.COUNTRY)
                    && form.words().equals(words.stream().map(Words.Word::key).toList())) {
                return Optional.of(entry.name());
            }
        }
        return Optional.empty();
    }

    /** Every entry mentioned in the text, without overlaps; short forms only of people named in full. */
    List<Mention> find(String text) {
        List<Words.Word> words = Words.of(text, 0, text.length());
        List<Mention> full = new ArrayList<>();
        List<Mention> all = new ArrayList<>();
        Set<GazetteerEntry> introduced = new HashSet<>();
        int i = 0;
        while (i < words.size()) {
            Form form = longest(text, words, i);
            if (form == null) {
                i++;
                continue;
            }
            Words.Word last = words.get(i + form.words().size() - 1);
            Mention mention = new Mention(form.entry(), text.substring(words.get(i).start(), last.end()),
                    words.get(i).start(), last.end());
            all.add(mention);
            if (!form.shortForm()) {
                full.add(mention);
                introduced.add(form.entry());
            }
            i += form.words().size();
        }
        if (all.size() == full.size()) {
            return full;
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : all) {
            boolean isFull = full.contains(mention);
            if (isFull || introduced.contains(mention.entry())) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private Form longest(String text, List<Words.Word> words, int at) {
        List<Form> candidates = formsByFirstWord.get(words.get(at).key());
        if (candidates == null) {
            return null;
        }
        for (Form form : candidates) {
            if (matches(text, words, at, form)) {
                return form;
            }
        }
        return null;
    }

    private static boolean matches(String text, List<Words.Word> words, int at, Form form) {
        int size = form.words().size();
        if (at + size > words.size()) {
            return false;
        }
        for (int k = 0; k < size; k++) {
            if (!words.get(at + k).key().equals(form.words().get(k))) {
                return false;
            }
            if (k > 0 && words.get(at + k).start() - words.get(at + k - 1).end() > 2) {
                return false;
            }
        }
        Words.Word first = words.get(at);
        if (form.capitalized() && !Character.isUpperCase(text.charAt(first.start()))) {
            return false;
        }
        if (form.acronym()) {
            for (int c = first.start(); c < words.get(at + size - 1).end(); c++) {
                if (Character.isLowerCase(text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }
}
