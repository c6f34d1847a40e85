package com.backrelief.coach.handlers.advice;


import com.backrelief.coach.speech.Speech;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Symptoms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the heat-and-ice conversation keeps between turns, in session attributes only: the answers
 * so far and the question waiting for an answer (removed once the advice is given), a turn counter
 * that varies the wording, which skin-safety lines were said, the pack last advised and whether a
 * timer was just offered. None of it is ever stored anywhere else.
 */
public final class AdviceSession {

    static final String DIALOG = "heatIce";
    static final String TURN = "heatIceTurn";
    static final String SAFETY_SAID = "heatIceSafetySaid";
    static final String LAST_USE = "heatIceLastUse";
    static final String LAST_RULE = "heatIceLastRule";
    static final String TIMER_OFFER = "heatIceTimerOffer";
    static final String TIPS_OFFER = "heatIceTipsOffer";
    /** What the person said about their pain this session, whatever the coach was doing; it goes with the session. */
    static final String SAID = "heatIceSaid";

    private static final String SYMPTOMS = "symptoms";
    private static final String ASKED = "asked";
    private static final String PENDING = "pending";
    private static final String SKIPPED = "skipped";
    private static final String ASKED_TEXT = "question";

    private final Map<String, Object> attributes;

    private AdviceSession(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    static AdviceSession of(HandlerInput input) {
        boolean inSession = input.getRequestEnvelope().getSession() != null;
        return new AdviceSession(inSession ? input.getAttributesManager().getSessionAttributes() : new HashMap<>());
    }

    /** The answers of the interview in progress, over what was said earlier in the session. */
    Symptoms symptoms() {
        return said().merge(SymptomsCodec.fromMap(map(dialog().get(SYMPTOMS))));
    }

    private Symptoms said() {
        return SymptomsCodec.fromMap(map(attributes.get(SAID)));
    }

    /** Adds what these words said about the pain to what the session knows. */
    void rememberSaid(Symptoms heard) {
        if (!heard.equals(Symptoms.UNKNOWN)) {
            attributes.put(SAID, SymptomsCodec.toMap(said().merge(heard)));
        }
    }

    int asked() {
        return number(dialog().get(ASKED));
    }

    Optional<Question> pendingQuestion() {
        Object pending = dialog().get(PENDING);
        for (Question question : Question.values()) {
            if (question.name().equals(pending)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** Remembers the answers so far and the question now asked. */
    void asking(Symptoms symptoms, Question question, boolean counts, String asked) {
        Map<String, Object> dialog = new HashMap<>();
        dialog.put(ASKED_TEXT, asked);
        dialog.put(SYMPTOMS, SymptomsCodec.toMap(symptoms));
        dialog.put(ASKED, asked() + (counts ? 1 : 0));
        dialog.put(PENDING, question.name());
        dialog.put(SKIPPED, skipped().stream().map(Question::name).toList());
        attributes.put(DIALOG, dialog);
    }

    /** The questions answered "I don't know": not asked again. */
    List<Question> skipped() {
        List<Question> skipped = new ArrayList<>();
        if (dialog().get(SKIPPED) instanceof List<?> names) {
            for (Question question : Question.values()) {
                if (names.contains(question.name())) {
                    skipped.add(question);
                }
            }
        }
        return skipped;
    }

    void skip(Question question) {
        if (attributes.get(DIALOG) instanceof Map<?, ?> dialog) {
            List<String> names = new ArrayList<>(skipped().stream().map(Question::name).toList());
            names.add(question.name());
            @SuppressWarnings("unchecked")
            Map<String, Object> writable = (Map<String, Object>) dialog;
            writable.put(SKIPPED, names);
        }
    }

    /** The interview's question again, said after an aside ("So, when did this pain start?"); empty with none waiting. */
    public static Optional<Speech> questionAgain(HandlerInput input) {
        AdviceSession session = of(input);
        return session.pendingQuestion().isEmpty() || !(session.dialog().get(ASKED_TEXT) instanceof String asked)
                ? Optional.empty() : Optional.of(Speech.of("So, " + lowerFirst(asked)));
    }

    /** The interview's question waits for an answer. */
    public static boolean interviewing(HandlerInput input) {
        return of(input).pendingQuestion().isPresent();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Forgets every answer about symptoms: done once the advice is given, or the person moved on. */
    void clearDialog() {
        attributes.remove(DIALOG);
    }

    /** The number of this answer in the session, counting from 0; picks among wordings. */
    int nextTurn() {
        int turn = number(attributes.get(TURN));
        attributes.put(TURN, turn + 1);
        return turn;
    }

    /** True the first time the skin-safety line for this kind of pack comes up in the session. */
    boolean firstSafetyLine(String kind) {
        List<Object> said = new ArrayList<>(attributes.get(SAFETY_SAID) instanceof List<?> list ? list : List.of());
        if (said.contains(kind)) {
            return false;
        }
        said.add(kind);
        attributes.put(SAFETY_SAID, said);
        return true;
    }

    void remember(Advice advice) {
        attributes.put(LAST_RULE, advice.rule());
        if (advice.use() != null) {
            attributes.put(LAST_USE, advice.use().name());
        }
    }

    Optional<PackUse> lastUse() {
        return use(attributes.get(LAST_USE));
    }

    Optional<String> lastRule() {
        return Optional.ofNullable(attributes.get(LAST_RULE)).map(Object::toString);
    }

    /** The full tips are offered for this pack and rule, until the next answer. */
    void offerTips(PackUse use, String rule) {
        attributes.put(TIPS_OFFER, use.name() + " " + rule);
    }

    Optional<PackUse> tipsOffer() {
        return use(String.valueOf(attributes.get(TIPS_OFFER)).split(" ")[0]);
    }

    String tipsRule() {
        String[] offer = String.valueOf(attributes.get(TIPS_OFFER)).split(" ");
        return offer.length > 1 ? offer[1] : "";
    }

    void clearTipsOffer() {
        attributes.remove(TIPS_OFFER);
    }

    void offerTimer(PackUse use) {
        attributes.put(TIMER_OFFER, use.name());
    }

    Optional<PackUse> timerOffer() {
        return use(attributes.get(TIMER_OFFER));
    }

    void clearTimerOffer() {
        attributes.remove(TIMER_OFFER);
    }

    private Map<?, ?> dialog() {
        return map(attributes.get(DIALOG));
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static Optional<PackUse> use(Object value) {
        for (PackUse use : PackUse.values()) {
            if (use.name().equals(value)) {
                return Optional.of(use);
            }
        }
        return Optional.empty();
    }
}
