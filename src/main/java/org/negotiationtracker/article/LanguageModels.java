package org.negotiationtracker.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
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

    private final ThreadLocal<Pipeline> pipelines;

    private LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
        pipelines = ThreadLocal.withInitial(() -> new Pipeline(new SentenceDetectorME(sentences),
                new TokenizerME(tokens), new POSTaggerME(tags, POSTagFormat.UD)));
    }

    static LanguageModels load() {
        try (InputStream sentences = open(SENTENCE_MODEL);
             InputStream tokens = open(TOKEN_MODEL);
             InputStream tags = open(POS_MODEL)) {
            return new LanguageModels(new SentenceModel(sentences), new TokenizerModel(tokens), new POSModel(tags));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = LanguageModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
        }
        return in;
    }

    /** Splits a block of text (one paragraph) into tagged sentences; offsets are relative to {@code base}. */
    List<Sentence> analyze(String text, int from, int to) {
        return pipelines.get().analyze(text, from, to);
    }

    private record Pipeline(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {

        List<Sentence> analyze(String text, int from, int to) {
            String block = text.substring(from, to);
            List<Sentence> result = new ArrayList<>();
            for (Span sentenceSpan : sentences.sentPosDetect(block)) {
                int start = from + sentenceSpan.getStart();
                String sentenceText = text.substring(start, from + sentenceSpan.getEnd());
                Span[] tokenSpans = tokenizer.tokenizePos(sentenceText);
                String[] words = Span.spansToStrings(tokenSpans, sentenceText);
                String[] tags = tagger.tag(words);
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
