package org.negotiationtracker.article;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NLP4J's English models (Emory NLP, Apache-2.0, trained on OntoNotes; models and lexica ship inside the
 * {@code nlp4j-english} jar): lemmas, Penn Treebank tags, named entities (BILOU: PERSON, ORG, GPE, NORP, DATE ...)
 * and a dependency parse (CLEAR labels: nsubj, dobj, aux, neg, ccomp, conj ...). Loading takes about a minute and
 * 2 GB of heap, so it happens once, in the background where a service can. One decoder's thread safety is not
 * documented: calls are serialized.
 */
final class TrainedModels {

    private static final String CONFIGURATION = """
            <configuration>
              <lexica>
                <ambiguity_classes field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz</ambiguity_classes>
                <word_clusters field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz</word_clusters>
                <word_embeddings field="word_form_undigitalized">edu/emory/mathcs/nlp/lexica/en-word-embeddings-undigitalized.xz</word_embeddings>
                <named_entity_gazetteers field="word_form_simplified">edu/emory/mathcs/nlp/lexica/en-named-entity-gazetteers-simplified.xz</named_entity_gazetteers>
              </lexica>
              <models>
                <pos>edu/emory/mathcs/nlp/models/en-pos.xz</pos>
                <ner>edu/emory/mathcs/nlp/models/en-ner.xz</ner>
                <dep>edu/emory/mathcs/nlp/models/en-dep.xz</dep>
              </models>
            </configuration>
            """;

    /** Penn Treebank tags as the Universal POS tags the rules were written on. */
    private static final Map<String, String> UNIVERSAL = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("MD", "AUX"), Map.entry("JJ", "ADJ"),
            Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"), Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"),
            Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"), Map.entry("IN", "ADP"), Map.entry("TO", "PART"),
            Map.entry("RP", "ADP"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
            Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"),
            Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("POS", "PART"), Map.entry("UH", "INTJ"),
            Map.entry("EX", "PRON"), Map.entry("FW", "X"), Map.entry("SYM", "SYM"));
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "have", "do");

    private final NLPDecoder decoder;

    private TrainedModels(NLPDecoder decoder) {
        this.decoder = decoder;
    }

    static TrainedModels load() {
        return new TrainedModels(new NLPDecoder(new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.UTF_8))));
    }

    /** The models, loaded by whichever thread first needs them; the others wait for that load. */
    static final class OnDemand {

        private volatile TrainedModels models;

        TrainedModels get() {
            TrainedModels loaded = models;
            if (loaded == null) {
                synchronized (this) {
                    if (models == null) {
                        models = load();
                    }
                    loaded = models;
                }
            }
            return loaded;
        }

        boolean loaded() {
            return models != null;
        }
    }

    /**
     * Tags and parses one sentence already split into words (offsets in the article): the words stay as given,
     * so what the rules read lines up with the text.
     */
    List<org.negotiationtracker.article.Token> parse(List<String> words, List<int[]> offsets) {
        List<Token> input = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            input.add(new Token(words.get(i), offsets.get(i)[0], offsets.get(i)[1]));
        }
        NLPNode[] nodes;
        synchronized (this) {
            nodes = decoder.decode(decoder.toNodeArray(input));
        }
        List<org.negotiationtracker.article.Token> tokens = new ArrayList<>(words.size());
        for (int i = 1; i < nodes.length; i++) {
            NLPNode node = nodes[i];
            NLPNode head = node.getDependencyHead();
            tokens.add(new org.negotiationtracker.article.Token(node.getWordForm(), universal(node),
                    node.getStartOffset(), node.getEndOffset(), new org.negotiationtracker.article.Token.Analysis(
                    node.getLemma(), node.getPartOfSpeechTag(), node.getNamedEntityTag(),
                    head == null ? -1 : head.getID() - 1, node.getDependencyLabel())));
        }
        return tokens;
    }

    private static String universal(NLPNode node) {
        String penn = node.getPartOfSpeechTag();
        if (penn.startsWith("VB") && AUXILIARIES.contains(node.getLemma())
                && node.getDependencyLabel() != null && node.getDependencyLabel().startsWith("aux")) {
            return "AUX";
        }
        return UNIVERSAL.getOrDefault(penn, "PUNCT");
    }
}
