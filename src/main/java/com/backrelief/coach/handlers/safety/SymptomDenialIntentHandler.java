package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.handlers.advice.AdviceSession;
import com.backrelief.coach.speech.Speech;

import java.util.List;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "No fever", "I don't have any numbness": never an alarm; thank the person and carry on. */
public final class SymptomDenialIntentHandler implements RequestHandler {

    public static final String INTENT = "SymptomDenialIntent";
    public static final String SLOT = "symptom";
    /** A whole denial sentence, by the flag it denies. */
    public static final String DENIAL_SLOT = "denial";

    private final RedFlagScreen screen;

    public SymptomDenialIntentHandler(RedFlagScreen screen) {
        this.screen = screen;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (Requests.spoken(input, DENIAL_SLOT).isPresent() && Requests.resolvedIds(input, DENIAL_SLOT).isEmpty()) {
            // Words in a whole denial sentence's place that the model does not list: they were read before this (a
            // flag in them is the flag), and they deny nothing known, so they are asked about, never "Good".
            return Answer.askForWords(input, SafetyReplies.tellMeMore(), SafetyReplies.tellMeMoreReprompt());
        }
        boolean saidSomethingUnknown = Requests.spoken(input, SLOT).isPresent()
                && Requests.resolvedIds(input, SLOT).isEmpty();
        if (saidSomethingUnknown) {
            // "No" before words the model does not know may not be a denial at all: ask, don't dismiss.
            return Answer.askForWords(input, SafetyReplies.tellMeMore(), SafetyReplies.tellMeMoreReprompt());
        }
        // The symptom denied: in a denial's slot ("no {symptom}"), or a whole denial sentence's ("my legs are fine").
        Optional<String> flag = Requests.resolvedIds(input, SLOT).stream().findFirst()
                .or(() -> Requests.resolvedIds(input, DENIAL_SLOT).stream().findFirst());
        if (flag.isEmpty() && !Heard.reading(input).denies() && !AdviceSession.interviewing(input)
                && Confirmation.pending(input).isEmpty()) {
            // A denial with no symptom in it and no words read that deny one, when the coach asked about none: nothing
            // is known to be denied, so never "Good": the words, whole.
            return Answer.askForWords(input, SafetyReplies.tellMeMore(), SafetyReplies.tellMeMoreReprompt());
        }
        // "No injury" is part of the person's story, not a symptom that could have been misheard.
        if (flag.isPresent() && !flag.get().equals("E6") && !AdviceSession.interviewing(input)
                && Confirmation.pending(input).isEmpty()) {
            // A denial counts only where the coach asked about symptoms: otherwise it may be the symptom itself,
            // misheard ("there's numbness in my groin"), so one question first, never "Good".
            Confirmation.ask(input, flag.get());
            Speech question = Speech.of("Just to be sure I heard you right: do you have " + withArticle(named(input, flag.get()))
                    + "?");
            return Answer.ask(input, question, question);
        }
        return Answer.ask(input, SafetyReplies.thanksForTelling().then(CommonReplies.whatNext()),
                CommonReplies.whatNext());
    }

    /** "a fever", "a high temperature": the few names said with an article. */
    private static String withArticle(String name) {
        return name.matches("(fever|temperature|high temperature|lump|lump on your back)") ? "a " + name : name;
    }

    /** The symptom as the person said it ("numbness in your groin"), or by its name ("numbness down there"). */
    private String named(HandlerInput input, String flag) {
        Optional<String> spoken = Requests.spoken(input, SLOT).filter(words -> !words.matches("[A-Z][0-9A-Z ]*"));
        if (spoken.isPresent()) {
            return (" " + spoken.get().toLowerCase(java.util.Locale.ROOT) + " ").replace(" my ", " your ")
                    .replace(" i'm ", " you're ").replace(" me ", " you ").strip();
        }
        List<String> names = screen.deniedNames().getOrDefault(flag, List.of());
        return names.stream().filter(name -> name.contains(" ")).findFirst()
                .or(() -> names.stream().findFirst())
                .orElse(screen.flag(flag).map(f -> f.summary().toLowerCase(java.util.Locale.ROOT).replaceAll("[.]$", ""))
                        .orElse("that"));
    }
}
