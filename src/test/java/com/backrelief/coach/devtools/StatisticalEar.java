package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.UtteranceMatcher.Elicitation;
import com.backrelief.coach.devtools.UtteranceMatcher.Filled;
import com.backrelief.coach.devtools.UtteranceMatcher.Heard;
import com.backrelief.coach.devtools.UtteranceMatcher.Match;
import com.backrelief.coach.devtools.UtteranceMatcher.Opening;
import com.backrelief.coach.devtools.UtteranceMatcher.Prompt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistical ear for the local conversation, closer to how Alexa hears than the generous matcher: a maximum
 * entropy classifier (Apache OpenNLP) trained on the interaction model's samples, with slot values from the model's
 * slot types put in their places, and on off-topic sentences as {@code AMAZON.FallbackIntent}. It knows nothing of
 * the skill's understanding step.
 *
 * <ul>
 *   <li>The intent is the classifier's best; when that is the off-topic class, or its probability is below
 *       {@link #THRESHOLD}, the request is {@code AMAZON.FallbackIntent}, with no words.</li>
 *   <li>A slot holds only the words in its position: the intent's samples are aligned with the utterance, their
 *       literal words matching exactly, words before and after the sample left out; each {slot} takes the words
 *       between its neighbours. A custom value not in the slot type passes through unresolved
 *       (ER_SUCCESS_NO_MATCH).</li>
 *   <li>Training is deterministic (fixed seed, {@value #ITERATIONS} iterations) and takes a few seconds; a trained
 *       ear is kept per model file for the rest of the run.</li>
 * </ul>
 * docs/local-matcher.md says how the threshold was calibrated and where this ear still differs from Alexa.
 */
public final class StatisticalEar implements Ear {

    static {
        // OpenNLP reports its training through slf4j: keep it to warnings unless asked otherwise.
        System.setProperty("org.slf4j.simpleLogger.log.opennlp",
                System.getProperty("org.slf4j.simpleLogger.log.opennlp", "warn"));
    }

    public static final String FALLBACK = UtteranceMatcher.FALLBACK;
    /** Off-topic sentences the classifier learns as AMAZON.FallbackIntent. */
    public static final Path OFF_TOPIC = Path.of("src", "test", "resources", "nlu", "off-topic.txt");
    /** Other off-topic sentences, never trained on: the threshold's calibration. */
    public static final Path OFF_TOPIC_CALIBRATION = Path.of("src", "test", "resources", "nlu", "off-topic-calibration.txt");

    /** Below this probability the best intent is not trusted and the request falls back (calibrated: docs/local-matcher.md). */
    public static final double THRESHOLD = 0.30;
    /** Training: L-BFGS (OpenNLP's MAXENT_QN) with L1 and L2 regularisation; it converges well within these iterations. */
    static final int ITERATIONS = 100;
    static final double L1_COST = 0.0;
    static final double L2_COST = 0.1;
    /** The seed for the words a phrase slot is trained with ({@code -Dear.seed=N} for another). */
    static final long SEED = Long.getLong("ear.seed", 22);
    /** Training documents per intent aimed at, at least: samples of small intents are said with several slot values. */
    static final int DOCUMENTS_PER_INTENT = 48;
    /** At most this many versions of one sample. */
    static final int MAX_VERSIONS = 8;
    /** {@code -Dear.edgeWordsLeftOut=true}: a slot at a sample's start or end may leave words out, as the ear once did. */
    static final boolean EDGE_WORDS_LEFT_OUT = Boolean.getBoolean("ear.edgeWordsLeftOut");
    /** A phrase slot (AMAZON.SearchQuery) is said in training with one to this many words of another sample. */
    static final int PHRASE_WORDS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLOT = Pattern.compile("\\{([^{}\\s]+)}");
    private static final Map<String, StatisticalEar> TRAINED = new ConcurrentHashMap<>();
    /** Words said for built-in slot types in training. */
    private static final Map<String, List<String>> BUILT_IN_VALUES = Map.of(
            "AMAZON.DURATION", List.of("two days", "a week", "three months", "ten minutes", "an hour", "six weeks", "a year"),
            "AMAZON.NUMBER", List.of("five", "ten", "fifteen", "twenty", "seven"),
            "AMAZON.TIME", List.of("seven am", "eight thirty", "noon", "six pm", "nine in the morning", "half past five"));

    /** One sample: its intent and its parts, a literal word (compared form) or a slot as "{name}". */
    record Sample(String intent, String text, List<String> parts) {

        int literals() {
            return (int) parts.stream().filter(part -> !isSlot(part)).count();
        }
    }

    /** The classifier's verdict: the best intent and its probability, and the runner-up. */
    public record Guess(String intent, double score, String runnerUp, double runnerUpScore) {
    }

    /** One way a sample fits the utterance: the words each slot takes ([from, to)), and how well it fits. */
    private record Fit(Sample sample, Map<String, int[]> spans, int resolved, int extras) {
    }

    private final UtteranceMatcher model;
    private final MaxentModel classifier;
    private final Map<String, List<Sample>> samples;
    private final Map<String, Set<String>> gazetteer;
    private final Map<String, List<String>> values;
    private final Map<String, String> slotTypes = new HashMap<>();
    /** The words of the custom slot types' values that are not shared carrier words, with their types. */
    private final Map<String, Set<String>> valueWords = new HashMap<>();
    /** Every word of the model's samples and slot values. */
    private final Set<String> vocabulary = new java.util.HashSet<>();
    /** Each sample's shape (its literal words, each slot one or more words) with its intent, by the sample's literal words. */
    private final Map<String, List<Shape>> shapes = new HashMap<>();

    /** A sample's shape: its intent, its literal words, and the pattern of the whole sentence. */
    private record Shape(String intent, Set<String> literals, Pattern pattern) {
    }
    private final long trainingMillis;
    private final int documents;

    private StatisticalEar(UtteranceMatcher model, JsonNode root, List<String> offTopic) {
        this.model = model;
        JsonNode language = root.path("interactionModel").path("languageModel");
        this.samples = readSamples(language.path("intents"));
        this.values = readValues(language.path("types"));
        this.gazetteer = gazetteer(values);
        for (JsonNode intent : language.path("intents")) {
            intent.path("slots").forEach(slot -> slotTypes.put(intent.path("name").asText() + "." + slot.path("name").asText(),
                    slot.path("type").asText()));
        }
        samples.values().forEach(list -> list.forEach(sample -> sample.parts().stream()
                .filter(part -> !isSlot(part)).forEach(vocabulary::add)));
        values.values().forEach(list -> list.forEach(value -> vocabulary.addAll(keys(value))));
        BUILT_IN_VALUES.values().forEach(list -> list.forEach(value -> vocabulary.addAll(keys(value))));
        // The words of each custom slot type's values, as a lookup table: a word said that belongs to a type's values
        // (and is not a carrier word that three or more intents' samples share) is a sign of that type.
        Map<String, Set<String>> carriers = new HashMap<>();
        samples.forEach((intent, list) -> list.forEach(sample -> sample.parts().stream().filter(part -> !isSlot(part))
                .forEach(word -> carriers.computeIfAbsent(word, k -> new java.util.HashSet<>()).add(intent))));
        values.forEach((type, said) -> said.forEach(value -> keys(value).stream()
                .filter(word -> carriers.getOrDefault(word, Set.of()).size() < 3)
                .forEach(word -> valueWords.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add(type))));
        Set<String> seenShapes = new java.util.HashSet<>();
        samples.forEach((intent, list) -> list.forEach(sample -> shape(sample).filter(p -> seenShapes.add(intent + p.pattern()))
                .ifPresent(pattern -> shapes.computeIfAbsent(firstLiteral(sample), k -> new ArrayList<>()).add(new Shape(intent,
                        Set.copyOf(sample.parts().stream().filter(part -> !isSlot(part)).toList()), pattern)))));
        long start = System.nanoTime();
        List<Event> events = new ArrayList<>();
        trainingDocuments(offTopic, events);
        this.documents = events.size();
        this.classifier = train(events);
        this.trainingMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The ear for a model file, trained on first use and kept for the run. */
    public static StatisticalEar load(Path modelFile, String skillId) {
        String key = modelFile.toAbsolutePath().normalize() + "|" + skillId;
        return TRAINED.computeIfAbsent(key, k -> {
            try {
                return train(modelFile, skillId);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the interaction model " + modelFile, e);
            }
        });
    }

    /** The calibration: the share of the off-topic calibration set that falls back, and of the model's samples kept. */
    public record Calibration(int offTopic, int fellBack, int own, int kept) {

        public double fellBackPercent() {
            return 100.0 * fellBack / offTopic;
        }

        public double keptPercent() {
            return 100.0 * kept / own;
        }
    }

    /** The calibration figures at a threshold. */
    public Calibration calibration(double threshold) {
        List<String> offTopic = sentences(OFF_TOPIC_CALIBRATION);
        int fellBack = (int) offTopic.stream().map(sentence -> guess(keys(sentence)))
                .filter(guess -> guess.intent().equals(FALLBACK) || guess.score() < threshold).count();
        List<Map.Entry<String, String>> own = ownSamples();
        int kept = (int) own.stream().filter(sample -> {
            Guess guess = guess(keys(sample.getKey()));
            return guess.intent().equals(sample.getValue()) && guess.score() >= threshold;
        }).count();
        return new Calibration(offTopic.size(), fellBack, own.size(), kept);
    }

    /** A freshly trained ear, not kept (load keeps one per model). */
    static StatisticalEar train(Path modelFile, String skillId) throws IOException {
        return new StatisticalEar(UtteranceMatcher.load(modelFile, skillId), JSON.readTree(modelFile.toFile()), sentences(OFF_TOPIC));
    }

    /** One sentence a line; blank lines and lines starting with # are left out. */
    public static List<String> sentences(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public long trainingMillis() {
        return trainingMillis;
    }

    public int documents() {
        return documents;
    }

    @Override
    public String skillId() {
        return model.skillId();
    }

    @Override
    public Optional<Prompt> missingRequiredSlot(JsonNode intent) {
        return model.missingRequiredSlot(intent);
    }

    /** A launch as the generous matcher hears it; a one-shot request's words heard by this ear. */
    @Override
    public Optional<Opening> open(String text) {
        Optional<Opening> opening = model.open(text);
        if (opening.isEmpty() || opening.get().launch()) {
            return opening;
        }
        List<String> words = UtteranceMatcher.words(text);
        List<String> name = model.invocation();
        for (int i = 0; i + name.size() <= words.size(); i++) {
            if (words.subList(i, i + name.size()).equals(name)) {
                List<String> rest = new ArrayList<>(words.subList(i + name.size(), words.size()));
                if (rest.size() > 1 && Set.of("to", "for", "about", "if", "whether").contains(rest.get(0))) {
                    rest.remove(0);
                }
                return Optional.of(new Opening(match(String.join(" ", rest), null)));
            }
        }
        return opening;
    }

    @Override
    public Match match(String text, Elicitation elicitation) {
        Optional<Match> whole = model.elicitedWhole(text, elicitation);
        if (whole.isPresent()) {
            return whole.get();
        }
        List<String> words = keys(text);
        Guess guess = guess(words);
        String runnerUp = guess.runnerUp() == null ? "" : String.format(Locale.ROOT, ", runner-up %s %.2f", guess.runnerUp(),
                guess.runnerUpScore());
        boolean builtIn = guess.intent().startsWith("AMAZON.") && !guess.intent().equals(FALLBACK) && guess.score() >= THRESHOLD;
        if (elicitation != null && elicitation.slot() != null && !builtIn
                && "AMAZON.SearchQuery".equals(model.slotTypes(elicitation.intent()).get(elicitation.slot()))) {
            // A phrase slot being elicited takes whatever is said next, whole; Alexa's own intents ("next", "yes",
            // "stop") are still heard as themselves.
            Optional<Filled> phrase = model.fillSlot(elicitation.intent(), elicitation.slot(), UtteranceMatcher.words(text), true);
            if (phrase.isPresent()) {
                Heard heard = new Heard(Heard.How.STATISTICAL, guess.score(), null, List.of(), null, String.format(Locale.ROOT,
                        "statistical, the elicited phrase slot %s takes the whole utterance (best intent %s %.2f)",
                        elicitation.slot(), guess.intent(), guess.score()));
                return model.continueElicitation(elicitation, Map.of(elicitation.slot(), phrase.get()), heard);
            }
        }
        if (guess.intent().equals(FALLBACK) || guess.score() < THRESHOLD) {
            String why = guess.intent().equals(FALLBACK) ? "off-topic" : "below the threshold "
                    + String.format(Locale.ROOT, "%.2f", THRESHOLD) + " for " + guess.intent();
            Heard heard = new Heard(Heard.How.STATISTICAL, guess.score(), null, List.of(), null, String.format(Locale.ROOT,
                    "statistical, score %.2f (%s)%s", guess.score(), why, runnerUp));
            if (elicitation != null && elicitation.slot() != null) {
                Optional<Filled> raw = model.fillSlot(elicitation.intent(), elicitation.slot(),
                        UtteranceMatcher.words(text), true);
                if (raw.isPresent()) {
                    return model.continueElicitation(elicitation, Map.of(elicitation.slot(), raw.get()), heard);
                }
                // As Alexa does in a dialog, an answer that is a known value of another of the intent's slots fills it
                // ("yesterday" asked when the pain started fills the onset words, not the duration).
                for (String other : model.slotTypes(elicitation.intent()).keySet()) {
                    Optional<Filled> known = other.equals(elicitation.slot()) ? Optional.empty()
                            : model.fillSlot(elicitation.intent(), other, UtteranceMatcher.words(text), false);
                    if (known.isPresent() && !known.get().unresolved()) {
                        return model.continueElicitation(elicitation, Map.of(other, known.get()), heard);
                    }
                }
            }
            return model.intentMatch(FALLBACK, Map.of(), heard);
        }
        Optional<Fit> fit = fit(guess.intent(), words);
        Map<String, Filled> slots = new LinkedHashMap<>();
        List<String> said = UtteranceMatcher.words(text);
        fit.ifPresent(found -> found.spans().forEach((slot, span) -> model.fillSlot(guess.intent(), slot,
                said.subList(span[0], span[1]), true).ifPresent(filled -> slots.put(slot, filled))));
        String from = fit.map(found -> ", " + (found.spans().isEmpty() ? "no slot, " : "slots from ") + "sample \""
                + found.sample().text() + "\"").orElse(", no sample fits: no slot");
        Heard heard = new Heard(Heard.How.STATISTICAL, guess.score(), fit.map(found -> found.sample().text()).orElse(null),
                List.of(), null, String.format(Locale.ROOT, "statistical, score %.2f%s%s", guess.score(), runnerUp, from));
        if (elicitation != null && guess.intent().equals(elicitation.intent())) {
            return model.continueElicitation(elicitation, slots, heard);
        }
        return model.intentMatch(guess.intent(), slots, heard);
    }

    /** The classifier's best intent and runner-up for the words (compared form). */
    public Guess guess(List<String> words) {
        double[] scores = classifier.eval(features(words));
        int best = 0;
        int second = -1;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                second = best;
                best = i;
            } else if (second < 0 || scores[i] > scores[second]) {
                second = i;
            }
        }
        return new Guess(classifier.getOutcome(best), scores[best], second < 0 ? null : classifier.getOutcome(second),
                second < 0 ? 0 : scores[second]);
    }

    /** The intent this ear sends for the text, AMAZON.FallbackIntent included (no elicitation). */
    public String intentOf(String text) {
        Guess guess = guess(keys(text));
        return guess.intent().equals(FALLBACK) || guess.score() < THRESHOLD ? FALLBACK : guess.intent();
    }

    /** Words in compared form: lower case, no punctuation, no apostrophes. */
    static List<String> keys(String text) {
        return UtteranceMatcher.words(text).stream().map(UtteranceMatcher::compared).toList();
    }

    // ---- slots: the words in each slot's position ----

    /**
     * The best fit of the intent's samples: every literal word matched in order and each slot between its
     * neighbours, words before and after the sample left out. Preferred: more literal words matched (a sample
     * without slots that fits better leaves every slot empty), more slots resolved, fewer words left out, model order.
     */
    private Optional<Fit> fit(String intent, List<String> words) {
        Fit best = null;
        for (Sample sample : samples.getOrDefault(intent, List.of())) {
            // A slot that opens the sample holds the words from the start: no word before it is left out.
            int latest = !sample.parts().isEmpty() && isSlot(sample.parts().get(0)) && !EDGE_WORDS_LEFT_OUT ? 0 : words.size();
            for (int start = 0; start <= latest; start++) {
                for (Fit fit : align(sample, words, 0, start, new LinkedHashMap<>(), intent)) {
                    int extras = start + fit.extras();
                    Fit candidate = new Fit(sample, fit.spans(), fit.resolved(), extras);
                    if (best == null || better(candidate, best)) {
                        best = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Fit a, Fit b) {
        // Words that are, all of them, values of the sample's slots ("can i switch between heat and ice", a synonym
        // of a topic) are those values, as Alexa resolves them, before a sample that matches one more carrier word
        // ("and {topic}") and leaves the rest out.
        if (wholeAndResolved(a) != wholeAndResolved(b)) {
            return wholeAndResolved(a);
        }
        if (a.sample().literals() != b.sample().literals()) {
            return a.sample().literals() > b.sample().literals();
        }
        if (a.resolved() != b.resolved()) {
            return a.resolved() > b.resolved();
        }
        return a.extras() < b.extras();
    }

    /** The fit leaves no word out, and every slot it fills holds a value of its type. */
    private static boolean wholeAndResolved(Fit fit) {
        return fit.extras() == 0 && !fit.spans().isEmpty() && fit.resolved() == fit.spans().size();
    }

    /** Every way the sample's parts from {@code part} fit the words from {@code at}; extras = words left at the end. */
    private List<Fit> align(Sample sample, List<String> words, int part, int at, Map<String, int[]> spans, String intent) {
        List<String> parts = sample.parts();
        if (part == parts.size()) {
            int resolved = 0;
            for (Map.Entry<String, int[]> span : spans.entrySet()) {
                String slot = span.getKey();
                Optional<Filled> filled = model.fillSlot(intent, slot, words.subList(span.getValue()[0], span.getValue()[1]), true);
                if (filled.isEmpty()) {
                    return List.of();
                }
                resolved += filled.get().validated() ? 1 : 0;
            }
            return List.of(new Fit(sample, new LinkedHashMap<>(spans), resolved, words.size() - at));
        }
        String current = parts.get(part);
        if (!isSlot(current)) {
            return at < words.size() && words.get(at).equals(current)
                    ? align(sample, words, part + 1, at + 1, spans, intent) : List.of();
        }
        List<Fit> fits = new ArrayList<>();
        String slot = current.substring(1, current.length() - 1);
        // A slot that closes the sample holds the words to the end: they are in its position.
        int earliest = part == parts.size() - 1 && !EDGE_WORDS_LEFT_OUT ? words.size() : at + 1;
        for (int end = Math.max(at + 1, earliest); end <= words.size(); end++) {
            spans.put(slot, new int[] {at, end});
            fits.addAll(align(sample, words, part + 1, end, spans, intent));
            spans.remove(slot);
        }
        return fits;
    }

    // ---- training ----

    /** The model's samples as said, slots filled: {@code versions} of each (-1: as many as training takes). */
    private List<Map.Entry<String, List<String>>> said(int versions, long seed) {
        List<Map.Entry<String, List<String>>> documents = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        for (List<Sample> list : samples.values()) {
            for (Sample sample : list) {
                if (sample.literals() >= 2) {
                    phrases.add(sample.parts());
                }
            }
        }
        for (Map.Entry<String, List<Sample>> intent : samples.entrySet()) {
            List<Sample> list = intent.getValue();
            if (list.isEmpty()) {
                continue;
            }
            // Each intent draws its own training sentences, so a change to one intent's samples or slot values leaves
            // the others' as they were, and a figure that moves moved because of the change.
            Random random = new Random(seed * 31 + intent.getKey().hashCode());
            Map<String, Integer> turn = new HashMap<>();
            // In training, each sample is said several times when the intent has few samples (DOCUMENTS_PER_INTENT),
            // or when its custom slot types have more values and synonyms than it has samples: Alexa learns a slot
            // type's values, so every one of them is said at least once (the red flags' 1,709 sayings).
            int sayings = customValues(intent.getKey(), list);
            int count = versions > 0 ? versions
                    : Math.max(1, Math.min(MAX_VERSIONS, Math.max((DOCUMENTS_PER_INTENT + list.size() - 1) / list.size(),
                    (sayings + list.size() - 1) / list.size())));
            for (Sample sample : list) {
                for (int v = 0; v < count; v++) {
                    List<String> document = new ArrayList<>();
                    for (String part : sample.parts()) {
                        if (!isSlot(part)) {
                            document.add(part);
                            continue;
                        }
                        String type = slotTypes.getOrDefault(intent.getKey() + "." + part.substring(1, part.length() - 1), "");
                        document.addAll(value(type, values, phrases, random, turn));
                    }
                    documents.add(Map.entry(intent.getKey(), document));
                }
            }
        }
        return documents;
    }

    /** The most values and synonyms of any custom slot type the intent's samples use. */
    private int customValues(String intent, List<Sample> list) {
        int most = 0;
        for (Sample sample : list) {
            for (String part : sample.parts()) {
                if (isSlot(part)) {
                    String type = slotTypes.getOrDefault(intent + "." + part.substring(1, part.length() - 1), "");
                    most = Math.max(most, values.getOrDefault(type, List.of()).size());
                }
            }
        }
        return most;
    }

    /** Each of the model's samples said once, its slots filled with values of their types: the words and the intent. */
    public List<Map.Entry<String, String>> ownSamples() {
        return said(1, SEED + 1).stream().map(entry -> Map.entry(String.join(" ", entry.getValue()), entry.getKey())).toList();
    }

    private List<List<String>> trainingDocuments(List<String> offTopic, List<Event> events) {
        List<List<String>> documents = new ArrayList<>();
        for (Map.Entry<String, List<String>> document : said(-1, SEED)) {
            documents.add(document.getValue());
            events.add(new Event(document.getKey(), features(document.getValue())));
        }
        // The off-topic class gets as many documents as an intent with several samples.
        int repeat = Math.max(1, DOCUMENTS_PER_INTENT * 4 / Math.max(1, offTopic.size()));
        for (String sentence : offTopic) {
            List<String> document = keys(sentence);
            for (int r = 0; r < repeat; r++) {
                documents.add(document);
                events.add(new Event(FALLBACK, features(document)));
            }
        }
        return documents;
    }

    /** Words for a slot in training: the type's values and synonyms in turn, example words for built-in types. */
    private static List<String> value(String type, Map<String, List<String>> values, List<List<String>> phrases,
                                      Random random, Map<String, Integer> turn) {
        List<String> choices = values.containsKey(type) ? values.get(type) : BUILT_IN_VALUES.get(type);
        if (choices != null && !choices.isEmpty()) {
            int next = turn.merge(type, 1, Integer::sum) - 1;
            return keys(choices.get(next % choices.size()));
        }
        // A phrase slot (AMAZON.SearchQuery): words of another sample of the model, its slots left out.
        List<String> phrase = phrases.get(random.nextInt(phrases.size()));
        List<String> words = new ArrayList<>();
        for (String part : phrase) {
            if (!isSlot(part)) {
                words.add(part);
            }
        }
        // A short piece: the carrier words around the phrase decide the intent, as they do for Alexa.
        int length = Math.min(words.size(), 1 + random.nextInt(PHRASE_WORDS));
        int from = random.nextInt(words.size() - length + 1);
        return words.subList(from, from + length);
    }

    private static MaxentModel train(List<Event> events) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(QNTrainer.L1COST_PARAM, L1_COST);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return TrainerFactory.getEventTrainer(parameters, new HashMap<>()).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot train the statistical ear", e);
        }
    }

    /**
     * The features of a sentence: its words, a crude stem of each, word pairs (with the sentence's start and end), its
     * first two and last words (carrier words), and which slot types' values it contains.
     */
    String[] features(List<String> words) {
        List<String> features = new ArrayList<>();
        features.add("bias");
        String previous = "<s>";
        for (String word : words) {
            features.add("w=" + word);
            String stem = stem(word);
            if (!stem.equals(word)) {
                features.add("s=" + stem);
            }
            features.add("b=" + previous + "_" + word);
            previous = word;
        }
        features.add("b=" + previous + "_</s>");
        if (!words.isEmpty()) {
            features.add("first=" + words.get(0));
            features.add("last=" + words.get(words.size() - 1));
            if (words.size() > 1) {
                features.add("first2=" + words.get(0) + "_" + words.get(1));
            }
        }
        features.add("length=" + Math.min(words.size(), 8));
        // Words the model never uses: off-topic sentences have them, the model's samples never do. One alone may be
        // a custom slot's value that is not in the list ("how do I do a handstand"), so counting starts at two.
        long unknown = words.stream().filter(word -> !vocabulary.contains(word)).count();
        for (int count = 2; count <= Math.min(unknown, 4); count++) {
            features.add("unknown>=" + count);
        }
        if (!words.isEmpty() && unknown * 2 >= words.size()) {
            features.add("unknown>=half");
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder gram = new StringBuilder();
            for (int j = i; j < Math.min(words.size(), i + 6); j++) {
                gram.append(j > i ? " " : "").append(words.get(j));
                Set<String> types = gazetteer.get(gram.toString());
                if (types != null) {
                    types.forEach(type -> found.add("type=" + type));
                }
            }
        }
        features.addAll(found);
        // How many of its words belong to each custom slot type's values (a lookup table's sign).
        Map<String, Integer> typeWords = new java.util.TreeMap<>();
        words.forEach(word -> valueWords.getOrDefault(word, Set.of()).forEach(type -> typeWords.merge(type, 1, Integer::sum)));
        typeWords.forEach((type, count) -> {
            for (int c = 1; c <= Math.min(count, 3); c++) {
                features.add("words>=" + c + "=" + type);
            }
        });
        // The shapes of the samples the whole sentence has, each slot taking any words: the carrier words' pattern.
        String sentence = String.join(" ", words);
        Set<String> bag = new java.util.HashSet<>(words);
        Set<String> fits = new java.util.TreeSet<>();
        for (String word : bag) {
            for (Shape shape : shapes.getOrDefault(word, List.of())) {
                if (!fits.contains(shape.intent()) && bag.containsAll(shape.literals())
                        && shape.pattern().matcher(sentence).matches()) {
                    fits.add(shape.intent());
                }
            }
        }
        fits.forEach(intent -> features.add("shape=" + intent));
        return features.toArray(String[]::new);
    }

    /** A sample with literal words as a pattern of its whole shape; none for a sample that is only slots. */
    private static Optional<Pattern> shape(Sample sample) {
        if (sample.literals() == 0) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        for (String part : sample.parts()) {
            regex.append(regex.length() > 0 ? " " : "").append(isSlot(part) ? "\\S+(?: \\S+)*?" : Pattern.quote(part));
        }
        return Optional.of(Pattern.compile(regex.toString()));
    }

    private static String firstLiteral(Sample sample) {
        return sample.parts().stream().filter(part -> !isSlot(part)).findFirst().orElseThrow();
    }

    private static String stem(String word) {
        if (word.length() <= 4) {
            return word;
        }
        for (String suffix : List.of("ing", "ed", "es", "s", "ly")) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    // ---- reading the model ----

    private static Map<String, List<Sample>> readSamples(JsonNode intents) {
        Map<String, List<Sample>> read = new LinkedHashMap<>();
        for (JsonNode intent : intents) {
            String name = intent.path("name").asText();
            if (name.equals(FALLBACK)) {
                continue;
            }
            Set<String> texts = new LinkedHashSet<>();
            intent.path("samples").forEach(sample -> texts.add(sample.asText()));
            texts.addAll(UtteranceMatcher.builtInPhrases(name));
            List<Sample> list = new ArrayList<>();
            Set<List<String>> seen = new LinkedHashSet<>();
            for (String text : texts) {
                List<String> parts = parts(text);
                if (!parts.isEmpty() && seen.add(parts)) {
                    list.add(new Sample(name, text, parts));
                }
            }
            read.put(name, list);
        }
        return read;
    }

    private static List<String> parts(String sample) {
        List<String> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(sample);
        int from = 0;
        while (slot.find()) {
            parts.addAll(keys(sample.substring(from, slot.start())));
            parts.add(slot.group());
            from = slot.end();
        }
        parts.addAll(keys(sample.substring(from)));
        return parts;
    }

    /** Each custom type's values and synonyms, in model order. */
    private static Map<String, List<String>> readValues(JsonNode types) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (JsonNode type : types) {
            List<String> said = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                said.add(value.path("name").path("value").asText());
                value.path("name").path("synonyms").forEach(synonym -> said.add(synonym.asText()));
            }
            read.put(type.path("name").asText(), List.copyOf(said));
        }
        return read;
    }

    /** Which types each value (compared form) belongs to. */
    private static Map<String, Set<String>> gazetteer(Map<String, List<String>> values) {
        Map<String, Set<String>> index = new HashMap<>();
        values.forEach((type, said) -> said.forEach(value ->
                index.computeIfAbsent(String.join(" ", keys(value)), k -> new LinkedHashSet<>()).add(type)));
        index.replaceAll((value, types) -> Collections.unmodifiableSet(types));
        return index;
    }

    private static boolean isSlot(String part) {
        return part.length() > 2 && part.startsWith("{") && part.endsWith("}");
    }
}
