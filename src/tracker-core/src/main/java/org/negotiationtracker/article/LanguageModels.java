package org.negotiationtracker.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from Maven Central), loaded once; tags are
 * Universal POS tags (VERB, AUX, NOUN, PROPN...). Models are
 * immutable and shared; the OpenNLP taggers keep per-call state, so each thread gets its own.
 */
final class LanguageModels {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Words tagged on each side of a possible trigger. */
    private static final int WINDOW = 4;

    private final ThreadLocal<Pipeline> pipelines;

    private LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
        pipelines = ThreadLocal.withInitial(() -> new Pipeline(new SentenceDetectorME(sentences),
                new TokenizerME(tokens), new POSTaggerME(tags, POSTagFormat.UD)));
    }

    static LanguageModels load() {
        try (InputStream sentences = open(SENTENCE_MODEL);
             InputStream tokens = open(TOKEN_MODEL);
             InputStream tags = open(POS_MODEL)) {
            return new LanguageModels(new SentenceModel(sentences), skippingPlainWords(new TokenizerModel(tokens)),
                    greedy(new POSModel(tags)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    /**
     * The same tokenizer, told to take a run of letters and digits between spaces as one token without asking
     * the model (OpenNLP's alphanumeric optimization): such a run can split nowhere, and most words are one.
     */
    private static TokenizerModel skippingPlainWords(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), Map.of(), new TokenizerFactory(factory.getLanguageCode(),
                factory.getAbbreviationDictionary(), true, factory.getAlphaNumericPattern()));
    }

    /** The same tagger keeping one best sequence instead of three: the rules read one tag per word. */
    private static POSModel greedy(POSModel model) {
        return new POSModel(model.getLanguage(), model.<MaxentModel>getArtifact("pos.model"), 1,
                Map.of(), model.getFactory());
    }

    private static InputStream open(String resource) {
        InputStream in = LanguageModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
        }
        return in;
    }

    /**
     * Splits text[from, to) (one paragraph) into sentences with article offsets. Only sentences {@code worthTagging}
     * accepts are tokenized and tagged, the costly part; the others keep their text and no tokens. With trained
     * models, those read the words the tokenizer found instead of the tagger.
     */
    List<Sentence> analyze(String text, int from, int to, Predicate<String> worthTagging, TrainedModels trained) {
        return pipelines.get().analyze(text, from, to, worthTagging, trained);
    }

    private record Pipeline(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {

        /**
         * Tags only the words around possible triggers, each window as a short sequence of its own: the rules read
         * tags within a few words of a trigger, and tagging whole sentences was half the cost of an article.
         * Words outside every window get the tag "X" (unknown).
         */
        String[] tagAroundTriggers(String[] words) {
            String[] tags = new String[words.length];
            java.util.Arrays.fill(tags, "X");
            int i = 0;
            while (i < words.length) {
                if (!Lexicon.isTriggerWord(words[i].toLowerCase(java.util.Locale.ROOT))) {
                    i++;
                    continue;
                }
                int from = Math.max(0, i - WINDOW);
                int to = Math.min(words.length, i + WINDOW + 1);
                for (int next = i + 1; next < to; next++) {
                    if (Lexicon.isTriggerWord(words[next].toLowerCase(java.util.Locale.ROOT))) {
                        to = Math.min(words.length, next + WINDOW + 1);
                    }
                }
                String[] window = java.util.Arrays.copyOfRange(words, from, to);
                System.arraycopy(tagger.tag(window), 0, tags, from, window.length);
                i = to;
            }
            return tags;
        }

        List<Sentence> analyze(String text, int from, int to, Predicate<String> worthTagging,
                               TrainedModels trained) {
            String block = text.substring(from, to);
            List<Sentence> result = new ArrayList<>();
            for (Span sentenceSpan : sentences.sentPosDetect(block)) {
                int start = from + sentenceSpan.getStart();
                String sentenceText = text.substring(start, from + sentenceSpan.getEnd());
                if (!worthTagging.test(sentenceText)) {
                    result.add(new Sentence(sentenceText, start, List.of()));
                    continue;
                }
                Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
                String[] words = Span.spansToStrings(tokenSpans, sentenceText);
                if (trained != null) {
                    List<int[]> offsets = new ArrayList<>(words.length);
                    for (Span span : tokenSpans) {
                        offsets.add(new int[] {start + span.getStart(), start + span.getEnd()});
                    }
                    result.add(new Sentence(sentenceText, start, trained.parse(List.of(words), offsets)));
                    continue;
                }
                String[] tags = tagAroundTriggers(words);
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], tags[i], start + tokenSpans[i].getStart(),
                            start + tokenSpans[i].getEnd()));
                }
                result.add(new Sentence(sentenceText, start, tokens));
            }
            return result;
        }
    }
}
