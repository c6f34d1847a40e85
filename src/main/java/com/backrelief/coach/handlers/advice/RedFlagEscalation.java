package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.AppCard;
import com.backrelief.coach.handlers.safety.AlertScreens;
import com.backrelief.coach.handlers.safety.SafetyReplies;
import com.backrelief.coach.handlers.safety.SafetyState;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * A red flag in the heat-and-ice conversation (rule R0): no heat or ice advice, only the safety
 * feature's answer. Pain down both legs (section 3, E4) or an emergency reported earlier gets the
 * emergency script and ends the session; a same-day flag reported earlier gets the same-day advice.
 * A serious fall or accident (rule R1, section 3 E6) ends the session the same way.
 */
final class RedFlagEscalation {

    private RedFlagEscalation() {
    }

    /** True when a red flag that rules out heat or ice advice was reported in this session (a "soon" one does not). */
    static boolean reported(HandlerInput input) {
        return SafetyState.reportedTier(input).filter(tier -> tier != Tier.SOON).isPresent();
    }

    static Optional<Response> answer(HandlerInput input, Symptoms symptoms, LocalHelp help, String rationale) {
        boolean emergency = symptoms.leg() == Leg.BOTH
                || SafetyState.reportedTier(input).filter(Tier.EMERGENCY::equals).isPresent();
        if (emergency) {
            SafetyState.afterEmergency(input);
            Display.show(input, AlertScreens.emergency(help));
            AppCard.send(input, AlertScreens.emergencyCard(help, SafetyReplies.emergency(help)));
            // The session ends on purpose, as the safety feature does: the person should be calling for help.
            return Answer.tell(input, Speech.of(rationale).then(SafetyReplies.emergency(help)));
        }
        Display.show(input, AlertScreens.urgent(help));
        Speech speech = Speech.of(rationale).then(SafetyReplies.urgent(help)).then(SafetyReplies.whatNow());
        return Answer.ask(input, speech, SafetyReplies.whatNow());
    }

    /** Rule R1: to be checked in person now; whatever the coach was doing stops, as after an emergency. */
    static Optional<Response> seriousInjury(HandlerInput input, Speech urgentCare, LocalHelp help) {
        SafetyState.afterEmergency(input);
        Display.show(input, AlertScreens.emergency(help));
        AppCard.send(input, AlertScreens.emergencyCard(help, urgentCare));
        return Answer.tell(input, urgentCare);
    }
}
