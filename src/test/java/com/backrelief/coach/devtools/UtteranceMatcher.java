package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the intent and slot values Alexa would send for typed text, offline, from the interaction model.
 *
 * <p>Three kinds of match, best first (docs/local-matcher.md has the rules and where they differ from Alexa):
 * <ol>
 *   <li>exact: the words align with a sample, each {slot} taking one or more words;</li>
 *   <li>after fillers: the same once words that carry no meaning ("um", "please", "you know") are left out,
 *       never a literal word of the sample being matched;</li>
 *   <li>similar: the sample's literal words align with most of the utterance in order (or, for a sample
 *       without slots, the same words in another order), scored and kept above a threshold.</li>
 * </ol>
 * A slot's value resolves only when its words are one of the slot type's values or synonyms; no kind of
 * match invents a resolved value.
 */
public final class UtteranceMatcher implements Ear {

    public static final Path DEFAULT_MODEL = Path.of("interaction-model", "en-US.json");
    public static final String FALLBACK = "AMAZON.FallbackIntent";

    /** Similar match: at least this share of the sample's literal words matched, in order. */
    static final double MIN_MATCHED_SHARE = 0.75;
    /** Similar match: at most {@value #EXTRA_WORDS} unmatched utterance words per {@value #PER_LITERALS} literal words (rounded down). */
    static final int EXTRA_WORDS = 2;
    static final int PER_LITERALS = 5;
    /** Similar match: the least similarity, 2 x matched / (literal words + utterance words outside slots and fillers). */
    static final double MIN_SIMILARITY = 0.80;
    /** Same words in another order (samples without slots): the least similarity of the two bags of words. */
    static final double MIN_BAG_SIMILARITY = 0.85;
    /** Samples with fewer literal words match exactly or after fillers only. */
    static final int MIN_SIMILAR_LITERALS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<List<String>> LAUNCH_VERBS =
            List.of(List.of(), List.of("open"), List.of("launch"), List.of("start"), List.of("talk", "to"));
    private static final List<String> ONE_SHOT_VERBS = List.of("ask", "tell");
    private static final Pattern SLOT = Pattern.compile("\\{[^{}\\s]+}");
    private static final Set<String> CONNECTORS = Set.of("to", "for", "about", "if", "whether", "and");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "my");
    /** Words a similar match may neither skip in the utterance nor miss from a sample: they turn the meaning round. */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "nothing", "none", "nor", "neither",
            "without", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont",
            "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint");
    /** The type of a slot a sample names but its intent does not declare: no words fit it, so the sample never matches. */
    private static final String UNDECLARED = "";
    private static final long INF = Long.MAX_VALUE;
    /**
     * Alignment costs, compared in this order: edits (similar match: words extra or missing), then missing words
     * (so, for as many edits, more literal words matched), unresolved slots, words left out as fillers.
     */
    private static final long EDIT = 1L << 40;
    private static final long MISSING = 1L << 32;
    private static final long UNRESOLVED = 1L << 20;

    /** What Alexa sends for an utterance: the intent object, the dialog state when the intent has a dialog, and how it was heard. */
    public record Match(ObjectNode intent, String dialogState, Heard heard) {

        public Match(ObjectNode intent, String dialogState) {
            this(intent, dialogState, Heard.NOTHING);
        }

        public String name() {
            return intent.path("name").asText();
        }

        public String slotValue(String slot) {
            return intent.path("slots").path(slot).path("value").asText(null);
        }

        /** The resolved value id, or null when the slot is empty or did not resolve. */
        public String slotId(String slot) {
            return intent.path("slots").path(slot).path("resolutions").path("resolutionsPerAuthority")
                    .path(0).path("values").path(0).path("value").path("id").asText(null);
        }

        /** The resolution status code (ER_SUCCESS_MATCH or ER_SUCCESS_NO_MATCH), or null without a resolutions block. */
        public String slotStatus(String slot) {
            return intent.path("slots").path(slot).path("resolutions").path("resolutionsPerAuthority")
                    .path(0).path("status").path("code").asText(null);
        }
    }

    /** How the matcher heard an utterance: the kind of match, its similarity, the sample, and the words left out. */
    public record Heard(How how, double similarity, String sample, List<String> fillers, String slot, String detail) {

        /** The kinds of match, best first; STATISTICAL is the statistical ear's (StatisticalEar). */
        public enum How { EXACT, FILLERS, SIMILAR, REORDERED, ELICITED, PHRASE, NOTHING, STATISTICAL }

        static final Heard NOTHING = new Heard(How.NOTHING, 0, null, List.of(), null);

        public Heard(How how, double similarity, String sample, List<String> fillers, String slot) {
            this(how, similarity, sample, fillers, slot, null);
        }

        /** For --explain: "exact, sample "…"", "after fillers "um", sample "…"", "similarity 0.83 against sample "…"". */
        public String describe() {
            String fillerNote = fillers.isEmpty() ? "" : ", leaving out " + quoted(fillers);
            return switch (how) {
                case EXACT -> "exact, sample \"" + sample + "\"";
                case FILLERS -> "after fillers " + quoted(fillers) + ", sample \"" + sample + "\"";
                case SIMILAR -> String.format(Locale.ROOT, "similarity %.2f against sample \"%s\"", similarity, sample)
                        + fillerNote;
                case REORDERED -> String.format(Locale.ROOT,
                        "similarity %.2f against sample \"%s\" (same words, another order)", similarity, sample) + fillerNote;
                case ELICITED -> "the elicited slot " + slot + ", from the whole utterance" + fillerNote;
                case PHRASE -> "no sample fitted: the whole utterance as the phrase slot " + slot + " of \"" + sample + "\"";
                case NOTHING -> "nothing matched";
                case STATISTICAL -> detail;
            };
        }

        private static String quoted(List<String> words) {
            return String.join(", ", words.stream().map(word -> "\"" + word + "\"").toList());
        }

        /** 0 for exact, 1 after fillers, 2 similar, 3 nothing; an elicited slot counts as exact or after fillers. */
        int quality() {
            return switch (how) {
                case EXACT -> 0;
                case ELICITED -> fillers.isEmpty() ? 0 : 1;
                case FILLERS -> 1;
                case SIMILAR, REORDERED -> 2;
                case PHRASE, NOTHING, STATISTICAL -> 3;
            };
        }
    }

    /** How an utterance opens the skill: a launch, or a one-shot request ("ask ... to ..."). */
    public record Opening(Match oneShot) {

        public boolean launch() {
            return oneShot == null;
        }
    }

    /** The slot the skill is waiting for, with the intent as the skill last updated it. */
    public record Elicitation(String intent, String slot, JsonNode updatedIntent) {
    }

    /** A required slot the dialog model prompts for, with the prompt's text. */
    public record Prompt(String slot, String text) {
    }

    private record IntentSpec(String name, int order, Map<String, String> slotTypes) {
    }

    private record TypeValue(String id, String name) {
    }

    /** A custom slot type's values by compared form: as written, and without a leading article. */
    private record TypeIndex(Map<String, TypeValue> exact, Map<String, TypeValue> withoutArticle) {
    }

    /** One slot's value: validated when the slot type recognised it, unresolved for an unknown custom value. */
    record Filled(ObjectNode json, boolean validated, boolean unresolved) {
    }

    /**
     * One sample, compiled at load: its parts (a literal word in compared form, or a slot name), each slot's
     * type (null for a literal), the literal words as a bag, and the negations among them.
     */
    private record Sample(IntentSpec intent, int index, String text, String[] parts, String[] types, int literals,
                          Map<String, Integer> bag, int negations) {

        boolean slotless() {
            return literals == parts.length;
        }

        /** A filler may not be left out when one of its words is a literal word of this sample. */
        boolean protects(Filler filler) {
            for (String word : filler.keys()) {
                if (bag.containsKey(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A slot's span in the utterance and how its words were taken: as said, fillers left out, or raw (unrecognised). */
    private record Span(int from, int to, SpanMode mode) {
    }

    private enum SpanMode { AS_SAID, CLEANED, RAW }

    /** The best alignment of one sample with the utterance. */
    private record Alignment(Sample sample, int matched, int extras, int missing, List<String> dropped,
                             Map<String, Span> spans, int unresolved) {

        int edits() {
            return extras + missing;
        }
    }

    /** A sample that matched, with how. */
    private record Candidate(Sample sample, Heard heard, Map<String, Span> spans, int unresolved, int dropped) {

        IntentSpec intent() {
            return sample.intent();
        }

        boolean similar() {
            return heard.quality() == 2;
        }
    }

    private final String skillId;
    private final List<String> invocation;
    private final List<IntentSpec> intents;
    private final Map<String, TypeIndex> types;
    private final List<Sample> samples;
    /** For each literal word, the samples that have it and how many times: [sample, count, sample, count, ...]. */
    private final Map<String, int[]> postings;
    /** Samples with no literal word ("{stretch}"): checked for every utterance. */
    private final int[] slotOnly;
    private final JsonNode root;

    private UtteranceMatcher(JsonNode root, String skillId) {
        this.root = root;
        this.skillId = skillId;
        JsonNode language = root.path("interactionModel").path("languageModel");
        this.invocation = words(language.path("invocationName").asText());
        this.types = readTypes(language.path("types"));
        this.intents = new ArrayList<>();
        this.samples = readIntents(language.path("intents"), intents);
        Map<String, List<Integer>> index = new HashMap<>();
        List<Integer> noLiterals = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            Sample sample = samples.get(s);
            if (sample.literals() == 0) {
                noLiterals.add(s);
            }
            for (Map.Entry<String, Integer> word : sample.bag().entrySet()) {
                List<Integer> list = index.computeIfAbsent(word.getKey(), k -> new ArrayList<>());
                list.add(s);
                list.add(word.getValue());
            }
        }
        this.postings = new HashMap<>();
        index.forEach((word, list) -> postings.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        this.slotOnly = noLiterals.stream().mapToInt(Integer::intValue).toArray();
    }

    public static UtteranceMatcher load(Path model, String skillId) {
        try {
            return new UtteranceMatcher(JSON.readTree(model.toFile()), skillId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interaction model " + model, e);
        }
    }

    @Override
    public String skillId() {
        return skillId;
    }

    /** The launch phrase or one-shot request in the text, if it names the skill; fillers around it are left out. */
    @Override
    public Optional<Opening> open(String text) {
        Said said = new Said(words(text));
        List<String> words = said.withoutFillers();
        for (List<String> verb : LAUNCH_VERBS) {
            if (words.equals(concat(verb, invocation))) {
                return Optional.of(new Opening(null));
            }
        }
        List<String> spoken = said.words.subList(said.leadingFillers(), said.m);
        for (String verb : ONE_SHOT_VERBS) {
            List<String> prefix = concat(List.of(verb), invocation);
            if (startsWith(spoken, prefix)) {
                List<String> rest = spoken.subList(prefix.size(), spoken.size());
                return Optional.of(new Opening(new Said(rest).withoutFillers().isEmpty() ? null : oneShot(rest)));
            }
        }
        return Optional.empty();
    }

    /** The request after "ask back relief coach": also without a leading "to", "for", ... when that matches better. */
    private Match oneShot(List<String> rest) {
        Match match = match(String.join(" ", rest));
        if (match.heard().quality() > 0 && rest.size() > 1 && CONNECTORS.contains(rest.get(0))) {
            Match withoutConnector = match(String.join(" ", rest.subList(1, rest.size())));
            if (withoutConnector.heard().quality() < match.heard().quality()) {
                return withoutConnector;
            }
        }
        return match;
    }

    public Match match(String text) {
        return match(text, null);
    }

    /**
     * Matches with preference for the intent being elicited, filling the elicited slot from the whole text when
     * the slot type recognises it (as said, or once fillers are left out). Otherwise the best sample match; an
     * unrecognised answer for the elicited slot comes after every match, similar ones included.
     */
    @Override
    public Match match(String text, Elicitation elicitation) {
        Said said = new Said(words(text));
        Optional<Filled> whole = Optional.empty();
        if (elicitation != null && elicitation.slot() != null) {
            Optional<String> type = slotType(elicitation.intent(), elicitation.slot());
            if (type.isPresent()) {
                whole = fill(elicitation.slot(), type.get(), said.words, true);
                if (whole.isPresent() && whole.get().validated()) {
                    return continued(elicitation, Map.of(elicitation.slot(), whole.get()), elicited(elicitation, List.of()));
                }
                List<String> cleaned = said.withoutFillers();
                if (!cleaned.isEmpty() && cleaned.size() < said.m) {
                    Optional<Filled> clean = fill(elicitation.slot(), type.get(), cleaned, true);
                    if (clean.isPresent() && clean.get().validated()) {
                        return continued(elicitation, Map.of(elicitation.slot(), clean.get()),
                                elicited(elicitation, said.fillerWords()));
                    }
                }
            }
        }
        Optional<Candidate> best = best(said, elicitation == null ? null : elicitation.intent());
        if (best.isEmpty()) {
            return whole.map(filled -> continued(elicitation, Map.of(elicitation.slot(), filled), elicited(elicitation, List.of())))
                    .orElseGet(() -> wholePhrase(said.words).orElseGet(
                            () -> new Match(intentJson(FALLBACK, Map.of(), Map.of()), null, Heard.NOTHING)));
        }
        Candidate found = best.get();
        Map<String, Filled> slots = filled(found, said);
        if (elicitation != null && found.intent().name().equals(elicitation.intent())) {
            return continued(elicitation, slots, found.heard());
        }
        return new Match(intentJson(found.intent().name(), found.intent().slotTypes(), slots),
                dialogIntent(found.intent().name()).isMissingNode() ? null : "STARTED", found.heard());
    }

    /* For StatisticalEar: the model's slot types and dialog, read here once, used by an ear that picks intents its own way. */

    /** The invocation name's words. */
    List<String> invocation() {
        return invocation;
    }

    /** The slots of an intent and their types, in model order (empty for an unknown intent). */
    Map<String, String> slotTypesOf(String intent) {
        return slotTypes(intent);
    }

    /** A slot's value from the given words, as Alexa sends it: resolved, unresolved (custom types), or empty. */
    Optional<Filled> fillSlot(String intent, String slot, List<String> words, boolean allowUnrecognised) {
        return slotType(intent, slot).flatMap(type -> fill(slot, type, words, allowUnrecognised));
    }

    /** The request's intent for a heard intent and its slots, with the dialog state when the intent has a dialog. */
    Match intentMatch(String intent, Map<String, Filled> slots, Heard heard) {
        return new Match(intentJson(intent, slotTypes(intent), slots), dialogIntent(intent).isMissingNode() ? null : "STARTED",
                heard);
    }

    /** The elicited intent carried on with the slots just heard. */
    Match continueElicitation(Elicitation elicitation, Map<String, Filled> slots, Heard heard) {
        return continued(elicitation, slots, heard);
    }

    /** The whole utterance as the elicited slot, when its type recognises it (as said or with fillers left out). */
    Optional<Match> elicitedWhole(String text, Elicitation elicitation) {
        if (elicitation == null || elicitation.slot() == null) {
            return Optional.empty();
        }
        Optional<String> type = slotType(elicitation.intent(), elicitation.slot());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Said said = new Said(words(text));
        Optional<Filled> whole = fill(elicitation.slot(), type.get(), said.words, true);
        if (whole.isPresent() && whole.get().validated()) {
            return Optional.of(continued(elicitation, Map.of(elicitation.slot(), whole.get()), elicited(elicitation, List.of())));
        }
        List<String> cleaned = said.withoutFillers();
        if (!cleaned.isEmpty() && cleaned.size() < said.m) {
            Optional<Filled> clean = fill(elicitation.slot(), type.get(), cleaned, true);
            if (clean.isPresent() && clean.get().validated()) {
                return Optional.of(continued(elicitation, Map.of(elicitation.slot(), clean.get()),
                        elicited(elicitation, said.fillerWords())));
            }
        }
        return Optional.empty();
    }

    /** The phrases Alexa's built-in intents know without samples in the model (our short list). */
    static List<String> builtInPhrases(String intent) {
        return BuiltInUtterances.of(intent);
    }

    /** The compared form of a word: apostrophes left out. */
    static String compared(String word) {
        return key(word);
    }

    private static Heard elicited(Elicitation elicitation, List<String> fillers) {
        return new Heard(Heard.How.ELICITED, 1.0, null, fillers, elicitation.slot());
    }

    /** The first required slot still empty in the intent, with its prompt, per the model's dialog section. */
    @Override
    public Optional<Prompt> missingRequiredSlot(JsonNode intent) {
        for (JsonNode slot : dialogIntent(intent.path("name").asText()).path("slots")) {
            String name = slot.path("name").asText();
            boolean empty = intent.path("slots").path(name).path("value").asText("").isEmpty();
            if (slot.path("elicitationRequired").asBoolean(false) && empty) {
                return Optional.of(new Prompt(name, promptText(slot.path("prompts").path("elicitation").asText(), intent)));
            }
        }
        return Optional.empty();
    }

    /**
     * The best candidate: exact and after-filler matches first (resolved slots, then exact over after fillers,
     * the elicited intent, more literal words, fewer words left out, model order); only when there is none,
     * similar matches (higher similarity, in order over reordered, then as before).
     */
    private Optional<Candidate> best(Said said, String preferred) {
        Comparator<Candidate> ranking = Comparator.comparing(Candidate::similar)
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.heard().similarity()).reversed())
                .thenComparing(c -> c.heard().how() == Heard.How.REORDERED)
                .thenComparingInt(Candidate::unresolved)
                // A phrase slot is the catch-all: a sample whose slots all resolved says more.
                .thenComparingInt(c -> phraseSlots(c.sample()))
                .thenComparing(c -> c.heard().how() == Heard.How.FILLERS)
                .thenComparing(c -> !c.intent().name().equals(preferred))
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.sample().literals()).reversed())
                .thenComparingInt(Candidate::dropped)
                .thenComparingInt(c -> c.intent().order())
                .thenComparingInt(c -> c.sample().index());
        int[] hits = hits(said);
        List<Candidate> candidates = new ArrayList<>();
        for (int s : slotOnly) {
            exact(samples.get(s), said).ifPresent(candidates::add);
        }
        for (int s = 0; s < samples.size(); s++) {
            Sample sample = samples.get(s);
            if (sample.literals() > 0 && hits[s] == sample.literals()) {
                exact(sample, said).ifPresent(candidates::add);
            }
        }
        if (candidates.isEmpty()) {
            for (int s = 0; s < samples.size(); s++) {
                Sample sample = samples.get(s);
                if (sample.literals() >= MIN_SIMILAR_LITERALS && hits[s] >= minMatched(sample.literals())) {
                    similar(sample, said, hits[s]).ifPresent(candidates::add);
                }
            }
        }
        return candidates.stream().min(ranking);
    }

    /** For each sample, how many of its literal words the utterance has (an upper bound on those it can match). */
    private int[] hits(Said said) {
        int[] hits = new int[samples.size()];
        for (Map.Entry<String, Integer> word : said.counts.entrySet()) {
            int[] list = postings.get(word.getKey());
            if (list == null) {
                continue;
            }
            for (int k = 0; k < list.length; k += 2) {
                hits[list[k]] += Math.min(word.getValue(), list[k + 1]);
            }
        }
        return hits;
    }

    private Optional<Candidate> exact(Sample sample, Said said) {
        Alignment alignment = align(sample, said, false);
        if (alignment == null) {
            return Optional.empty();
        }
        Heard.How how = alignment.dropped().isEmpty() ? Heard.How.EXACT : Heard.How.FILLERS;
        Heard heard = new Heard(how, 1.0, sample.text(), alignment.dropped(), null);
        return Optional.of(new Candidate(sample, heard, alignment.spans(), alignment.unresolved(), alignment.dropped().size()));
    }

    /**
     * A similar match, if the sample passes every rule: at least {@link #MIN_MATCHED_SHARE} of its literal words
     * matched in order, at most {@link #maxExtras} unmatched utterance words, every slot filled, no negation skipped or
     * missed, and similarity at least {@link #MIN_SIMILARITY}. A sample without slots also matches the same words in
     * another order, with bag similarity at least {@link #MIN_BAG_SIMILARITY}; the higher similarity counts.
     */
    private Optional<Candidate> similar(Sample sample, Said said, int hits) {
        Optional<Candidate> inOrder = inOrder(sample, said);
        Optional<Candidate> reordered = sample.slotless() ? reordered(sample, said, hits) : Optional.empty();
        if (reordered.isPresent() && (inOrder.isEmpty()
                || reordered.get().heard().similarity() > inOrder.get().heard().similarity())) {
            return reordered;
        }
        return inOrder;
    }

    private Optional<Candidate> inOrder(Sample sample, Said said) {
        int literals = sample.literals();
        Alignment alignment = align(sample, said, true);
        if (alignment == null || alignment.matched() < minMatched(literals) || alignment.extras() > maxExtras(literals)) {
            return Optional.empty();
        }
        double similarity = 2.0 * alignment.matched() / (literals + alignment.matched() + alignment.extras());
        if (similarity < MIN_SIMILARITY) {
            return Optional.empty();
        }
        Heard heard = new Heard(Heard.How.SIMILAR, similarity, sample.text(), alignment.dropped(), null);
        return Optional.of(new Candidate(sample, heard, alignment.spans(), alignment.unresolved(), alignment.dropped().size()));
    }

    /** The same words in another order: the bags' similarity, 2 x common words / (literal words + utterance words). */
    private Optional<Candidate> reordered(Sample sample, Said said, int hits) {
        int literals = sample.literals();
        List<String> dropped = new ArrayList<>();
        int spoken = said.m;
        for (Filler filler : said.greedy) {
            if (!sample.protects(filler)) {
                spoken -= filler.length();
                dropped.add(String.join(" ", said.words.subList(filler.start(), filler.start() + filler.length())));
            }
        }
        if (said.negations(sample) != sample.negations() || said.negations != sample.negations()) {
            return Optional.empty();
        }
        double similarity = 2.0 * hits / (literals + spoken);
        if (similarity < MIN_BAG_SIMILARITY) {
            return Optional.empty();
        }
        Heard heard = new Heard(Heard.How.REORDERED, similarity, sample.text(), dropped, null);
        return Optional.of(new Candidate(sample, heard, Map.of(), 0, dropped.size()));
    }

    static int minMatched(int literals) {
        return (int) Math.ceil(MIN_MATCHED_SHARE * literals - 1e-9);
    }

    static int maxExtras(int literals) {
        return EXTRA_WORDS * literals / PER_LITERALS;
    }

    private static final byte MATCH = 1;
    private static final byte MISS = 2;
    private static final byte EXTRA = 3;
    private static final byte FILLER = 4;
    private static final byte SLOT_AS_SAID = 5;
    private static final byte SLOT_CLEANED = 6;
    private static final byte SLOT_RAW = 7;

    /**
     * The cheapest alignment of the sample's parts with the utterance's words (a shortest path over
     * parts x words): a literal matches an equal word; a slot takes a span of one or more words its type
     * accepts; a filler the sample does not protect is left out; and, for a similar match only, a literal may
     * be missing or a word extra, each one edit. Costs compare edits, then unresolved slots, then words left out.
     */
    private Alignment align(Sample sample, Said said, boolean similar) {
        int n = sample.parts().length;
        int m = said.m;
        int width = m + 1;
        int cells = (n + 1) * width;
        said.ensureCells(cells);
        long[] cost = said.cost;
        int[] from = said.from;
        byte[] move = said.move;
        Arrays.fill(cost, 0, cells, INF);
        cost[0] = 0;
        long maxEdits = similar ? (long) (sample.literals() - minMatched(sample.literals())) + maxExtras(sample.literals()) : 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                int cell = i * width + j;
                long c = cost[cell];
                if (c == INF) {
                    continue;
                }
                for (Filler filler : said.fillersAt.get(j)) {
                    if (!sample.protects(filler)) {
                        relax(cost, from, move, cell, cell + filler.length(), c + filler.length(), FILLER);
                    }
                }
                boolean canEdit = similar && c / EDIT < maxEdits;
                if (canEdit && j < m && !NEGATIONS.contains(said.keys[j])) {
                    relax(cost, from, move, cell, cell + 1, c + EDIT, EXTRA);
                }
                if (i == n) {
                    continue;
                }
                String part = sample.parts()[i];
                String type = sample.types()[i];
                if (type == null) {
                    if (j < m && part.equals(said.keys[j])) {
                        relax(cost, from, move, cell, cell + width + 1, c, MATCH);
                    }
                    if (canEdit && !NEGATIONS.contains(part)) {
                        relax(cost, from, move, cell, cell + width, c + EDIT + MISSING, MISS);
                    }
                    continue;
                }
                boolean carrier = sample.literals() > 0;
                boolean custom = types.containsKey(type);
                for (int e = j + 1; e <= m; e++) {
                    SpanFill fill = said.span(type, j, e);
                    int next = (i + 1) * width + e;
                    if (fill.asSaid()) {
                        relax(cost, from, move, cell, next, c, SLOT_AS_SAID);
                    } else if (fill.cleaned()) {
                        relax(cost, from, move, cell, next, c + fill.dropped(), SLOT_CLEANED);
                    } else if (carrier && fill.raw() && !(similar && custom && said.negated(j, e))) {
                        // In a similar match an unresolved value may not hide a negation ("i {symptom}" for "i do not ...").
                        relax(cost, from, move, cell, next, c + (custom ? UNRESOLVED : 0), SLOT_RAW);
                    }
                }
            }
        }
        int end = n * width + m;
        return cost[end] == INF ? null : backtrack(sample, said, from, move, end, width);
    }

    private static void relax(long[] cost, int[] from, byte[] move, int cell, int next, long value, byte how) {
        if (value < cost[next]) {
            cost[next] = value;
            from[next] = cell;
            move[next] = how;
        }
    }

    private Alignment backtrack(Sample sample, Said said, int[] from, byte[] move, int end, int width) {
        int matched = 0;
        int extras = 0;
        int missing = 0;
        int unresolved = 0;
        List<String> dropped = new ArrayList<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        for (int cell = end; cell != 0; cell = from[cell]) {
            int previous = from[cell];
            int i = previous / width;
            int j = previous % width;
            int to = cell % width;
            switch (move[cell]) {
                case MATCH -> matched++;
                case MISS -> missing++;
                case EXTRA -> extras++;
                case FILLER -> dropped.add(0, String.join(" ", said.words.subList(j, to)));
                case SLOT_AS_SAID -> spans.put(sample.parts()[i], new Span(j, to, SpanMode.AS_SAID));
                case SLOT_CLEANED -> {
                    spans.put(sample.parts()[i], new Span(j, to, SpanMode.CLEANED));
                    dropped.addAll(0, said.fillerWords(j, to));
                }
                case SLOT_RAW -> {
                    spans.put(sample.parts()[i], new Span(j, to, SpanMode.RAW));
                    unresolved += types.containsKey(sample.types()[i]) ? 1 : 0;
                }
                default -> throw new IllegalStateException("no move into cell " + cell);
            }
        }
        Map<String, Span> ordered = new LinkedHashMap<>();
        for (int i = 0; i < sample.parts().length; i++) {
            if (sample.types()[i] != null && spans.containsKey(sample.parts()[i])) {
                ordered.put(sample.parts()[i], spans.get(sample.parts()[i]));
            }
        }
        return new Alignment(sample, matched, extras, missing, List.copyOf(dropped), ordered, unresolved);
    }

    /** The slot values of a candidate, as Alexa sends them. */
    private Map<String, Filled> filled(Candidate candidate, Said said) {
        Map<String, Filled> slots = new LinkedHashMap<>();
        boolean carrier = candidate.sample().literals() > 0;
        candidate.spans().forEach((slot, span) -> {
            List<String> words = span.mode() == SpanMode.CLEANED
                    ? said.withoutFillers(span.from(), span.to()) : said.words.subList(span.from(), span.to());
            String type = candidate.intent().slotTypes().get(slot);
            fill(slot, type, words, carrier).ifPresent(value -> slots.put(slot, value));
        });
        return slots;
    }

    private Optional<Filled> fill(String slot, String type, List<String> words, boolean allowUnrecognised) {
        String text = String.join(" ", words);
        ObjectNode json = slotJson(slot).put("value", text).put("confirmationStatus", "NONE").put("source", "USER");
        if (types.containsKey(type)) {
            Optional<TypeValue> value = resolve(type, words);
            if (value.isEmpty() && !allowUnrecognised) {
                return Optional.empty();
            }
            json.set("resolutions", resolutions(type, value.orElse(null)));
            return Optional.of(new Filled(json, value.isPresent(), value.isEmpty()));
        }
        Optional<String> spoken = spoken(type, words);
        if (spoken.isPresent()) {
            return Optional.of(new Filled(json.put("value", spoken.get()), true, false));
        }
        return rawType(type) && allowUnrecognised ? Optional.of(new Filled(json, false, false)) : Optional.empty();
    }

    private static int phraseSlots(Sample sample) {
        int count = 0;
        for (String type : sample.types()) {
            count += "AMAZON.SearchQuery".equals(type) ? 1 : 0;
        }
        return count;
    }

    /**
     * When no sample fits, Alexa often hears the utterance as the phrase slot of the intent with the broadest
     * phrase samples rather than as AMAZON.FallbackIntent: here, always, the whole utterance as the
     * AMAZON.SearchQuery slot of the first intent in the model with a sample of one carrier word and that slot.
     */
    private Optional<Match> wholePhrase(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (Sample sample : samples) {
            if (sample.literals() == 1 && sample.parts().length == 2 && sample.types()[1] != null
                    && sample.types()[1].equals("AMAZON.SearchQuery")) {
                String part = sample.parts()[1];
                String slot = part.startsWith("{") ? part.substring(1, part.length() - 1) : part;
                ObjectNode json = slotJson(slot).put("value", String.join(" ", words)).put("confirmationStatus", "NONE")
                        .put("source", "USER");
                Map<String, Filled> filled = Map.of(slot, new Filled(json, false, false));
                IntentSpec intent = sample.intent();
                return Optional.of(new Match(intentJson(intent.name(), intent.slotTypes(), filled), null,
                        new Heard(Heard.How.PHRASE, 0, sample.text(), List.of(), slot)));
            }
        }
        return Optional.empty();
    }

    /**
     * AMAZON.NUMBER as digits, AMAZON.DURATION as ISO-8601, AMAZON.TIME as hh:mm (or MO, AF, EV, NI for a part of
     * the day); empty for words that are none of these, or another type.
     */
    private static Optional<String> spoken(String type, List<String> words) {
        return switch (type) {
            case "AMAZON.NUMBER" -> SpokenValues.number(words);
            case "AMAZON.DURATION" -> SpokenValues.duration(words);
            case "AMAZON.TIME" -> SpokenValues.time(words);
            default -> Optional.empty();
        };
    }

    /** Built-in types whose value is the words as said, with no resolutions (AMAZON.SearchQuery and the like). */
    private static boolean rawType(String type) {
        return !type.equals("AMAZON.NUMBER") && !type.equals("AMAZON.DURATION") && !type.equals("AMAZON.TIME");
    }

    /** A custom value by its value or a synonym, ignoring case, punctuation, apostrophes and a leading article. */
    private Optional<TypeValue> resolve(String type, List<String> words) {
        TypeIndex index = types.get(type);
        String key = key(String.join(" ", words));
        TypeValue value = index.exact().get(key);
        return Optional.ofNullable(value != null ? value : index.withoutArticle().get(withoutArticle(key)));
    }

    private static String withoutArticle(String key) {
        int space = key.indexOf(' ');
        return space > 0 && ARTICLES.contains(key.substring(0, space)) ? key.substring(space + 1) : key;
    }

    private ObjectNode resolutions(String type, TypeValue value) {
        ObjectNode authority = JSON.createObjectNode()
                .put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + type);
        authority.putObject("status").put("code", value == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (value != null) {
            ObjectNode resolved = authority.putArray("values").addObject().putObject("value").put("name", value.name());
            if (value.id() != null) {
                resolved.put("id", value.id());
            }
        }
        ObjectNode resolutions = JSON.createObjectNode();
        resolutions.putArray("resolutionsPerAuthority").add(authority);
        return resolutions;
    }

    /** The elicited intent carried on: the skill's slot values, overwritten by what was just said. */
    private Match continued(Elicitation elicitation, Map<String, Filled> fresh, Heard heard) {
        ObjectNode intent = elicitation.updatedIntent() != null && elicitation.updatedIntent().isObject()
                ? elicitation.updatedIntent().deepCopy()
                : intentJson(elicitation.intent(), slotTypes(elicitation.intent()), Map.of());
        intent.put("name", elicitation.intent());
        ObjectNode slots = intent.has("slots") ? (ObjectNode) intent.get("slots") : intent.putObject("slots");
        fresh.forEach((name, filled) -> slots.set(name, filled.json()));
        return new Match(intent, "IN_PROGRESS", heard);
    }

    private ObjectNode intentJson(String name, Map<String, String> slotTypes, Map<String, Filled> filled) {
        ObjectNode intent = JSON.createObjectNode().put("name", name).put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        for (String slot : slotTypes.keySet()) {
            slots.set(slot, filled.containsKey(slot) ? filled.get(slot).json() : slotJson(slot));
        }
        return intent;
    }

    private static ObjectNode slotJson(String name) {
        return JSON.createObjectNode().put("name", name);
    }

    private Optional<String> slotType(String intent, String slot) {
        return Optional.ofNullable(slotTypes(intent).get(slot));
    }

    Map<String, String> slotTypes(String intent) {
        return intents.stream().filter(spec -> spec.name().equals(intent)).findFirst()
                .map(IntentSpec::slotTypes).orElse(Map.of());
    }

    private JsonNode dialogIntent(String name) {
        for (JsonNode intent : root.path("interactionModel").path("dialog").path("intents")) {
            if (intent.path("name").asText().equals(name)) {
                return intent;
            }
        }
        return MissingNode.getInstance();
    }

    private String promptText(String promptId, JsonNode intent) {
        for (JsonNode prompt : root.path("interactionModel").path("prompts")) {
            if (prompt.path("id").asText().equals(promptId)) {
                String text = prompt.path("variations").path(0).path("value").asText("");
                for (JsonNode slot : intent.path("slots")) {
                    text = text.replace("{" + slot.path("name").asText() + "}", slot.path("value").asText(""));
                }
                return text;
            }
        }
        return "";
    }

    private static Map<String, TypeIndex> readTypes(JsonNode typesJson) {
        Map<String, TypeIndex> read = new HashMap<>();
        for (JsonNode type : typesJson) {
            Map<String, TypeValue> exact = new HashMap<>();
            Map<String, TypeValue> withoutArticle = new HashMap<>();
            for (JsonNode value : type.path("values")) {
                String name = value.path("name").path("value").asText();
                TypeValue typeValue = new TypeValue(value.path("id").asText(null), name);
                List<String> names = new ArrayList<>(List.of(name));
                value.path("name").path("synonyms").forEach(s -> names.add(s.asText()));
                for (String said : names) {
                    String key = key(String.join(" ", words(said)));
                    exact.putIfAbsent(key, typeValue);
                    withoutArticle.putIfAbsent(withoutArticle(key), typeValue);
                }
            }
            read.put(type.path("name").asText(), new TypeIndex(exact, withoutArticle));
        }
        return read;
    }

    /** Every intent's samples, the model's and the built-in phrases, compiled in model order. */
    private static List<Sample> readIntents(JsonNode intentsJson, List<IntentSpec> intents) {
        List<Sample> read = new ArrayList<>();
        for (JsonNode intent : intentsJson) {
            String name = intent.path("name").asText();
            Map<String, String> slotTypes = new LinkedHashMap<>();
            intent.path("slots").forEach(slot -> slotTypes.put(slot.path("name").asText(), slot.path("type").asText()));
            IntentSpec spec = new IntentSpec(name, intents.size(), slotTypes);
            intents.add(spec);
            Map<List<String>, String> texts = new LinkedHashMap<>();
            intent.path("samples").forEach(sample -> texts.putIfAbsent(sampleParts(sample.asText()), sample.asText()));
            BuiltInUtterances.of(name).forEach(sample -> texts.putIfAbsent(sampleParts(sample), sample));
            texts.remove(List.<String>of());
            int index = 0;
            for (Map.Entry<List<String>, String> sample : texts.entrySet()) {
                read.add(compile(spec, index++, sample.getValue(), sample.getKey()));
            }
        }
        return read;
    }

    private static Sample compile(IntentSpec intent, int index, String text, List<String> parts) {
        String[] compared = new String[parts.size()];
        String[] slotTypes = new String[parts.size()];
        Map<String, Integer> bag = new HashMap<>();
        int literals = 0;
        int negations = 0;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (isSlot(part)) {
                compared[i] = part.substring(1, part.length() - 1);
                slotTypes[i] = intent.slotTypes().getOrDefault(compared[i], UNDECLARED);
            } else {
                compared[i] = key(part);
                bag.merge(compared[i], 1, Integer::sum);
                literals++;
                negations += NEGATIONS.contains(compared[i]) ? 1 : 0;
            }
        }
        return new Sample(intent, index, text.strip(), compared, slotTypes, literals, Map.copyOf(bag), negations);
    }

    /** A sample's words, with each {slot} placeholder kept as one part, its name's case intact. */
    private static List<String> sampleParts(String sample) {
        List<String> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(sample);
        int from = 0;
        while (slot.find()) {
            parts.addAll(words(sample.substring(from, slot.start())));
            parts.add(slot.group());
            from = slot.end();
        }
        parts.addAll(words(sample.substring(from)));
        return parts;
    }

    /** Lower case words without punctuation, apostrophes kept. */
    static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[^\\p{L}\\p{N}'\\s]", " ");
        List<String> words = new ArrayList<>();
        for (String word : cleaned.trim().split("\\s+")) {
            String stripped = word.replaceAll("^'+|'+$", "");
            if (!stripped.isEmpty()) {
                words.add(stripped);
            }
        }
        return words;
    }

    /** The form compared: apostrophes ignored, so "whats" matches "what's" and "childs" matches "child's". */
    private static String key(String text) {
        return text.replace("'", "");
    }

    private static boolean isSlot(String part) {
        return part.length() > 2 && part.startsWith("{") && part.endsWith("}");
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> joined = new ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }

    /** A filler phrase where it was said: its first word's position, its length and its words (compared form). */
    private record Filler(int start, int length, List<String> keys) {
    }

    /** What a span of words gives a slot type: recognised as said, recognised once fillers are left out, or only raw. */
    private record SpanFill(boolean asSaid, boolean cleaned, int dropped, boolean raw) {
    }

    /** One utterance, prepared for matching: its words, the fillers in it, and the slot values of its spans (computed once). */
    private final class Said {

        final List<String> words;
        final String[] keys;
        final int m;
        final Map<String, Integer> counts = new HashMap<>();
        final int negations;
        /** Negations among the first j words, at [j]. */
        private final int[] negationsBefore;
        /** The fillers that may be left out, by the position they start at. */
        final List<List<Filler>> fillersAt;
        /** The fillers of one reading left to right, longest first, not overlapping: for cleaning a span or the whole utterance. */
        final List<Filler> greedy;
        /** The alignment's tables, reused from one sample to the next. */
        long[] cost = new long[0];
        int[] from = new int[0];
        byte[] move = new byte[0];
        /** By slot type, each span's fill at [from * (m + 1) + to], computed when first asked. */
        private final Map<String, SpanFill[]> spans = new HashMap<>();

        Said(List<String> words) {
            this.words = List.copyOf(words);
            this.m = words.size();
            this.keys = new String[m];
            this.negationsBefore = new int[m + 1];
            for (int j = 0; j < m; j++) {
                keys[j] = key(words.get(j));
                counts.merge(keys[j], 1, Integer::sum);
                negationsBefore[j + 1] = negationsBefore[j] + (NEGATIONS.contains(keys[j]) ? 1 : 0);
            }
            this.negations = negationsBefore[m];
            this.fillersAt = Fillers.find(keys);
            List<Filler> chosen = new ArrayList<>();
            for (int j = 0; j < m; ) {
                Filler longest = fillersAt.get(j).stream().max(Comparator.comparingInt(Filler::length)).orElse(null);
                if (longest == null) {
                    j++;
                } else {
                    chosen.add(longest);
                    j += longest.length();
                }
            }
            this.greedy = List.copyOf(chosen);
        }

        void ensureCells(int cells) {
            if (cost.length < cells) {
                cost = new long[cells];
                from = new int[cells];
                move = new byte[cells];
            }
        }

        List<String> withoutFillers() {
            return withoutFillers(0, m);
        }

        /** The words from..to, without the fillers that lie wholly inside. */
        List<String> withoutFillers(int from, int to) {
            List<String> kept = new ArrayList<>();
            int j = from;
            for (Filler filler : greedy) {
                if (filler.start() < from || filler.start() + filler.length() > to) {
                    continue;
                }
                kept.addAll(words.subList(j, filler.start()));
                j = filler.start() + filler.length();
            }
            kept.addAll(words.subList(j, to));
            return kept;
        }

        List<String> fillerWords() {
            return fillerWords(0, m);
        }

        /** The fillers wholly inside from..to, as said. */
        List<String> fillerWords(int from, int to) {
            List<String> dropped = new ArrayList<>();
            for (Filler filler : greedy) {
                if (filler.start() >= from && filler.start() + filler.length() <= to) {
                    dropped.add(String.join(" ", words.subList(filler.start(), filler.start() + filler.length())));
                }
            }
            return dropped;
        }

        /** How many words at the start are fillers ("hey alexa, um, ..."). */
        int leadingFillers() {
            int j = 0;
            for (Filler filler : greedy) {
                if (filler.start() != j) {
                    break;
                }
                j += filler.length();
            }
            return j;
        }

        boolean negated(int from, int to) {
            return negationsBefore[to] > negationsBefore[from];
        }

        /** The negations of the sample's words that the utterance also has. */
        int negations(Sample sample) {
            int common = 0;
            for (Map.Entry<String, Integer> word : sample.bag().entrySet()) {
                if (NEGATIONS.contains(word.getKey())) {
                    common += Math.min(word.getValue(), counts.getOrDefault(word.getKey(), 0));
                }
            }
            return common;
        }

        SpanFill span(String type, int from, int to) {
            SpanFill[] known = spans.computeIfAbsent(type, t -> new SpanFill[(m + 1) * (m + 1)]);
            int at = from * (m + 1) + to;
            if (known[at] == null) {
                known[at] = computeSpan(type, from, to);
            }
            return known[at];
        }

        private SpanFill computeSpan(String type, int from, int to) {
            List<String> asSaid = words.subList(from, to);
            boolean custom = types.containsKey(type);
            if (recognised(type, custom, asSaid)) {
                return new SpanFill(true, false, 0, true);
            }
            List<String> cleaned = withoutFillers(from, to);
            if (!cleaned.isEmpty() && cleaned.size() < asSaid.size() && recognised(type, custom, cleaned)) {
                return new SpanFill(false, true, asSaid.size() - cleaned.size(), true);
            }
            return new SpanFill(false, false, 0, custom || rawType(type) && !type.equals(UNDECLARED));
        }

        private boolean recognised(String type, boolean custom, List<String> span) {
            return custom ? resolve(type, span).isPresent() : spoken(type, span).isPresent();
        }
    }

    /**
     * Words that carry no meaning, left out when that makes a sample match. Some count only where they are
     * fillers: "well", "so", "okay", "could you" at the start; "right", "okay" at the end; "like" not as a verb
     * ("I like", "would like to"); "kind of" not after "what", "a", "the", ...; "you know" not after "do", "if", ...
     */
    static final class Fillers {

        private enum Where { ANYWHERE, START, END, START_OR_END }

        private static final Map<List<String>, Where> PHRASES = new LinkedHashMap<>();
        private static final Set<String> LIKE_AS_VERB_AFTER = Set.of("i", "you", "we", "they", "would", "id", "youd",
                "wed", "theyd", "do", "dont", "does", "doesnt", "did", "didnt", "really", "nothing", "something",
                "anything");
        private static final Set<String> KIND_AS_NOUN_AFTER = Set.of("what", "which", "a", "the", "this", "that",
                "any", "some", "every", "one", "same", "different", "another", "whatever", "all", "these", "those");
        private static final Set<String> YOU_KNOW_AS_VERB_AFTER = Set.of("do", "did", "dont", "didnt", "if", "would",
                "will", "what", "how", "could", "can", "whether", "as", "that", "whatever");
        private static final int LONGEST = 2;

        static {
            for (String word : List.of("um", "umm", "uhm", "uh", "uhh", "erm", "er", "hmm", "hm", "oh", "please", "just",
                    "actually", "basically", "like", "alexa", "hey")) {
                PHRASES.put(List.of(word), Where.ANYWHERE);
            }
            for (String phrase : List.of("you know", "i mean", "a bit", "kind of", "sort of")) {
                PHRASES.put(List.of(phrase.split(" ")), Where.ANYWHERE);
            }
            for (String phrase : List.of("well", "so", "alright", "could you", "can you", "would you")) {
                PHRASES.put(List.of(phrase.split(" ")), Where.START);
            }
            for (String word : List.of("okay", "ok", "right")) {
                PHRASES.put(List.of(word), Where.START_OR_END);
            }
        }

        private Fillers() {
        }

        /** Every filler that may be left out, by start position: where it stands allows it, and so do its neighbours. */
        static List<List<Filler>> find(String[] keys) {
            int m = keys.length;
            List<List<Filler>> all = new ArrayList<>();
            List<List<Where>> where = new ArrayList<>();
            for (int j = 0; j <= m; j++) {
                List<Filler> here = new ArrayList<>();
                List<Where> kinds = new ArrayList<>();
                for (int length = 1; length <= LONGEST && j + length <= m; length++) {
                    List<String> phrase = List.of(Arrays.copyOfRange(keys, j, j + length));
                    Where kind = PHRASES.get(phrase);
                    if (kind != null && meant(keys, j, phrase)) {
                        here.add(new Filler(j, length, phrase));
                        kinds.add(kind);
                    }
                }
                all.add(here);
                where.add(kinds);
            }
            boolean[] leading = new boolean[m + 1];
            leading[0] = true;
            for (int j = 0; j < m; j++) {
                for (int k = 0; leading[j] && k < all.get(j).size(); k++) {
                    Where kind = where.get(j).get(k);
                    if (kind != Where.END) {
                        leading[j + all.get(j).get(k).length()] = true;
                    }
                }
            }
            boolean[] trailing = new boolean[m + 1];
            trailing[m] = true;
            for (int j = m - 1; j >= 0; j--) {
                for (int k = 0; k < all.get(j).size(); k++) {
                    Where kind = where.get(j).get(k);
                    if (kind != Where.START && trailing[j + all.get(j).get(k).length()]) {
                        trailing[j] = true;
                    }
                }
            }
            List<List<Filler>> allowed = new ArrayList<>();
            for (int j = 0; j <= m; j++) {
                List<Filler> here = new ArrayList<>();
                for (int k = 0; k < all.get(j).size(); k++) {
                    Filler filler = all.get(j).get(k);
                    boolean atStart = leading[j];
                    boolean atEnd = trailing[j + filler.length()];
                    boolean fits = switch (where.get(j).get(k)) {
                        case ANYWHERE -> true;
                        case START -> atStart;
                        case END -> atEnd;
                        case START_OR_END -> atStart || atEnd;
                    };
                    if (fits) {
                        here.add(filler);
                    }
                }
                allowed.add(List.copyOf(here));
            }
            return allowed;
        }

        /** Whether the phrase is used as a filler here, judged by its neighbours. */
        private static boolean meant(String[] keys, int at, List<String> phrase) {
            String before = at > 0 ? keys[at - 1] : "";
            String after = at + phrase.size() < keys.length ? keys[at + phrase.size()] : "";
            return switch (String.join(" ", phrase)) {
                case "like" -> !LIKE_AS_VERB_AFTER.contains(before) && !after.equals("to");
                case "kind of", "sort of" -> !KIND_AS_NOUN_AFTER.contains(before);
                case "you know" -> !YOU_KNOW_AS_VERB_AFTER.contains(before) && !after.equals("what") && !after.equals("how");
                case "a bit" -> !after.equals("of");
                case "just" -> !after.equals("now");
                default -> true;
            };
        }
    }

    /** The phrases Alexa recognises for its built-in intents without samples in the model. */
    private static final class BuiltInUtterances {

        private static final Map<String, List<String>> PHRASES = Map.ofEntries(
                Map.entry("AMAZON.HelpIntent", List.of("help", "help me", "what can i do")),
                Map.entry("AMAZON.StopIntent", List.of("stop", "quit", "exit", "goodbye", "bye", "i'm done")),
                Map.entry("AMAZON.CancelIntent", List.of("cancel", "never mind", "forget it")),
                Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home")),
                Map.entry("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "sure", "okay", "ok", "yes please", "please do")),
                Map.entry("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "no thank you", "not now")),
                Map.entry("AMAZON.NextIntent", List.of("next", "next one", "continue", "go on", "i'm ready", "ready", "done")),
                Map.entry("AMAZON.PreviousIntent", List.of("previous", "go back", "back", "last one")),
                Map.entry("AMAZON.RepeatIntent", List.of("repeat", "say that again", "again", "repeat that")),
                Map.entry("AMAZON.PauseIntent", List.of("pause", "hold on", "wait")),
                Map.entry("AMAZON.ResumeIntent", List.of("resume", "carry on", "keep going", "unpause")),
                Map.entry("AMAZON.StartOverIntent", List.of("start over", "restart", "from the beginning", "start again")));

        private BuiltInUtterances() {
        }

        static List<String> of(String intent) {
            return PHRASES.getOrDefault(intent, List.of());
        }
    }

    /** Built-in slot values said in words: AMAZON.NUMBER as digits, AMAZON.DURATION as ISO-8601, AMAZON.TIME as hh:mm. */
    private static final class SpokenValues {

        private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen");
        private static final List<String> TENS = List.of("-", "-", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety");
        private static final Map<String, String> DATE_UNITS = Map.of("year", "Y", "month", "M", "week", "W", "day", "D");
        private static final Map<String, String> TIME_UNITS =
                Map.of("hour", "H", "hr", "H", "minute", "M", "min", "M", "second", "S", "sec", "S");
        private static final String DATE_ORDER = "YMWD";
        private static final String TIME_ORDER = "HMS";

        private SpokenValues() {
        }

        static Optional<String> number(List<String> words) {
            return count(words).map(String::valueOf);
        }

        /** Digits, or number words such as "twenty five" or "a hundred and ten". */
        static Optional<Long> count(List<String> words) {
            if (words.size() == 1 && words.get(0).matches("\\d{1,15}")) {
                return Optional.of(Long.parseLong(words.get(0)));
            }
            long total = 0;
            long current = 0;
            String previous = "";
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                String kind = kind(word, next);
                if (kind == null || !follows(previous, kind, current)) {
                    return Optional.empty();
                }
                switch (kind) {
                    case "unit" -> current += word.equals("a") || word.equals("an") ? 1 : UNITS.indexOf(word);
                    case "tens" -> current += 10L * TENS.indexOf(word);
                    case "hundred" -> current = Math.max(current, 1) * 100;
                    case "thousand" -> {
                        total += Math.max(current, 1) * 1000;
                        current = 0;
                    }
                    default -> { }
                }
                previous = kind;
            }
            return previous.isEmpty() || previous.equals("and") ? Optional.empty() : Optional.of(total + current);
        }

        private static String kind(String word, String next) {
            if (UNITS.contains(word) || (word.equals("a") || word.equals("an")) && (next.equals("hundred") || next.equals("thousand"))) {
                return "unit";
            }
            if (TENS.contains(word)) {
                return "tens";
            }
            return Set.of("hundred", "thousand", "and").contains(word) ? word : null;
        }

        private static boolean follows(String previous, String kind, long current) {
            return switch (kind) {
                case "unit" -> previous.isEmpty() || previous.equals("hundred") || previous.equals("thousand")
                        || previous.equals("and") || previous.equals("tens") && current % 10 == 0;
                case "tens" -> previous.isEmpty() || previous.equals("hundred") || previous.equals("thousand") || previous.equals("and");
                case "hundred" -> previous.equals("unit");
                case "thousand" -> previous.equals("unit") || previous.equals("tens") || previous.equals("hundred");
                default -> previous.equals("hundred") || previous.equals("thousand");
            };
        }

        private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF",
                "evening", "EV", "night", "NI", "tonight", "NI");
        private static final Map<String, Integer> HALVES = Map.of("am", 0, "pm", 12);

        /**
         * "8 am" is 08:00, "seven thirty p m" 19:30, "half past six in the evening" 18:30, "noon" 12:00, "19 00"
         * 19:00, "eight" 08:00, "morning" MO: what AMAZON.TIME sends for a time of day said in words or digits.
         */
        static Optional<String> time(List<String> said) {
            List<String> words = new ArrayList<>(said);
            if (words.isEmpty()) {
                return Optional.empty();
            }
            if (words.size() <= 2 && PARTS_OF_DAY.containsKey(words.get(words.size() - 1))
                    && (words.size() == 1 || words.get(0).equals("the") || words.get(0).equals("this"))) {
                return Optional.of(PARTS_OF_DAY.get(words.get(words.size() - 1)));
            }
            if (words.size() == 1 && (words.get(0).equals("noon") || words.get(0).equals("midday"))) {
                return Optional.of("12:00");
            }
            if (words.size() == 1 && words.get(0).equals("midnight")) {
                return Optional.of("00:00");
            }
            int offset = -1;
            int n = words.size();
            if (n >= 2 && (words.get(n - 1).equals("m") && (words.get(n - 2).equals("a") || words.get(n - 2).equals("p")))) {
                offset = words.get(n - 2).equals("p") ? 12 : 0;
                words = words.subList(0, n - 2);
            } else if (HALVES.containsKey(words.get(n - 1))) {
                offset = HALVES.get(words.get(n - 1));
                words = words.subList(0, n - 1);
            } else if (n >= 3 && words.subList(n - 3, n).equals(List.of("in", "the", "morning"))) {
                offset = 0;
                words = words.subList(0, n - 3);
            } else if (n >= 3 && words.get(n - 3).equals("in") && words.get(n - 2).equals("the")
                    && (words.get(n - 1).equals("afternoon") || words.get(n - 1).equals("evening"))) {
                offset = 12;
                words = words.subList(0, n - 3);
            } else if (n >= 2 && words.subList(n - 2, n).equals(List.of("at", "night"))) {
                offset = 12;
                words = words.subList(0, n - 2);
            }
            if (!words.isEmpty() && (words.get(words.size() - 1).equals("o'clock") || words.get(words.size() - 1).equals("oclock"))) {
                words = words.subList(0, words.size() - 1);
            }
            Optional<int[]> clock = clock(words);
            if (clock.isEmpty()) {
                return Optional.empty();
            }
            int hour = clock.get()[0];
            int minute = clock.get()[1];
            if (offset >= 0) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + offset;
            }
            return hour > 23 || minute > 59 ? Optional.empty()
                    : Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
        }

        /** Hour and minute: "eight", "8", "eight thirty", "8 30", "half past eight", "quarter to nine", "19 00". */
        private static Optional<int[]> clock(List<String> words) {
            if (words.isEmpty()) {
                return Optional.empty();
            }
            if (words.size() >= 3 && words.get(1).equals("past") || words.size() >= 3 && words.get(1).equals("to")) {
                int minutes = switch (words.get(0)) {
                    case "half" -> 30;
                    case "quarter" -> 15;
                    default -> count(List.of(words.get(0))).map(Long::intValue).orElse(-1);
                };
                Optional<Long> hour = count(words.subList(2, words.size()));
                if (minutes < 0 || minutes > 59 || hour.isEmpty() || hour.get() > 23) {
                    return Optional.empty();
                }
                int h = hour.get().intValue();
                return words.get(1).equals("past") ? Optional.of(new int[] {h, minutes})
                        : Optional.of(new int[] {(h + 23) % 24, 60 - minutes});
            }
            for (int split = 1; split <= words.size(); split++) {
                Optional<Long> hour = count(words.subList(0, split));
                if (hour.isEmpty() || hour.get() > 23) {
                    continue;
                }
                List<String> rest = words.subList(split, words.size());
                if (rest.isEmpty()) {
                    return Optional.of(new int[] {hour.get().intValue(), 0});
                }
                List<String> minuteWords = rest.get(0).equals("oh") || rest.get(0).equals("o") ? rest.subList(1, rest.size()) : rest;
                Optional<Long> minute = minuteWords.isEmpty() ? Optional.empty() : count(minuteWords);
                if (minute.isPresent() && minute.get() < 60) {
                    return Optional.of(new int[] {hour.get().intValue(), minute.get().intValue()});
                }
            }
            return Optional.empty();
        }

        /** "three weeks" is P3W, "an hour and ten minutes" PT1H10M; a word such as "yesterday" is no duration. */
        static Optional<String> duration(List<String> words) {
            Map<String, Long> date = new LinkedHashMap<>();
            Map<String, Long> time = new LinkedHashMap<>();
            int at = 0;
            while (at < words.size()) {
                if (words.get(at).equals("and") && at > 0) {
                    at++;
                    continue;
                }
                int unit = at + 1;
                while (unit < words.size() && unitOf(words.get(unit)) == null) {
                    unit++;
                }
                Optional<Long> amount = unit < words.size() ? amount(words.subList(at, unit)) : Optional.empty();
                if (amount.isEmpty()) {
                    return Optional.empty();
                }
                String name = unitOf(words.get(unit));
                Map<String, Long> part = DATE_UNITS.containsKey(name) ? date : time;
                part.merge(DATE_UNITS.getOrDefault(name, TIME_UNITS.get(name)), amount.get(), Long::sum);
                at = unit + 1;
            }
            return date.isEmpty() && time.isEmpty() ? Optional.empty() : Optional.of(iso(date, time));
        }

        private static Optional<Long> amount(List<String> words) {
            if (words.equals(List.of("a")) || words.equals(List.of("an"))) {
                return Optional.of(1L);
            }
            if (words.equals(List.of("a", "couple", "of")) || words.equals(List.of("couple", "of"))) {
                return Optional.of(2L);
            }
            return count(words);
        }

        private static String unitOf(String word) {
            String single = word.endsWith("s") && word.length() > 2 ? word.substring(0, word.length() - 1) : word;
            return DATE_UNITS.containsKey(single) || TIME_UNITS.containsKey(single) ? single : null;
        }

        private static String iso(Map<String, Long> date, Map<String, Long> time) {
            StringBuilder out = new StringBuilder("P");
            for (char unit : DATE_ORDER.toCharArray()) {
                Long amount = date.get(String.valueOf(unit));
                out.append(amount == null ? "" : amount + String.valueOf(unit));
            }
            if (!time.isEmpty()) {
                out.append('T');
                for (char unit : TIME_ORDER.toCharArray()) {
                    Long amount = time.get(String.valueOf(unit));
                    out.append(amount == null ? "" : amount + String.valueOf(unit));
                }
            }
            return out.toString();
        }
    }
}
