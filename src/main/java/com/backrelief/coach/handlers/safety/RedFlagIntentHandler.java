package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.AppCard;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** A red-flag symptom, whatever the coach was doing: stop, and say what to do for its tier and locale. */
public final class RedFlagIntentHandler implements RequestHandler {

    public static final String INTENT = "RedFlagIntent";
    public static final String SLOT = "symptom";

    private final RedFlagScreen screen;
    private final EmergencyNumbers numbers;

    public RedFlagIntentHandler(RedFlagScreen screen, EmergencyNumbers numbers) {
        this.screen = screen;
        this.numbers = numbers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<RedFlag> flag = screen.mostUrgent(Requests.resolvedIds(input, SLOT))
                .or(() -> Requests.spoken(input, SLOT).flatMap(screen::recognise));
        if (flag.isEmpty()) {
            // Words Alexa could not match are neither an emergency nor nothing: ask, without alarm.
            return tellMeMore(input);
        }
        return answer(input, flag.get());
    }

    /** "Can you tell me more about what you're noticing?", the next words asked for whole. */
    static Optional<Response> tellMeMore(HandlerInput input) {
        return Answer.askForWords(input, SafetyReplies.tellMeMore(), SafetyReplies.tellMeMoreReprompt());
    }

    /** What to do about this red flag, for its tier and the request's locale. */
    Optional<Response> answer(HandlerInput input, RedFlag flag) {
        LocalHelp help = Requests.localHelp(input, numbers);
        return switch (flag.tier()) {
            case EMERGENCY -> emergency(input, help, flag.help());
            case MATERNITY -> maternity(input, help);
            case URGENT -> carryOn(input, Tier.URGENT, SafetyReplies.urgent(help, flag), AlertScreens.urgent(help));
            case SOON -> carryOn(input, Tier.SOON, SafetyReplies.soon(help, flag),
                    flag.ownAdvice().map(advice -> Screen.of(Screen.Layout.ALERT, advice)).orElse(AlertScreens.soon(help)));
        };
    }

    private static Optional<Response> carryOn(HandlerInput input, Tier tier, Speech advice, Screen screen) {
        SafetyState.stopActivity(input);
        Display.show(input, screen);
        SafetyState.remember(input, tier);
        return Answer.ask(input, advice.then(SafetyReplies.whatNow()), SafetyReplies.whatNow());
    }

    /** Like an emergency, the session ends: the person should be on the phone to their maternity team. */
    private static Optional<Response> maternity(HandlerInput input, LocalHelp help) {
        SafetyState.afterEmergency(input);
        Display.show(input, AlertScreens.maternity(help));
        return Answer.tell(input, SafetyReplies.maternity(help));
    }

    private static Optional<Response> emergency(HandlerInput input, LocalHelp help, RedFlag.Help how) {
        SafetyState.afterEmergency(input);
        Display.show(input, AlertScreens.emergency(help));
        Speech said = SafetyReplies.emergency(help, how);
        AppCard.send(input, AlertScreens.emergencyCard(help, said));
        // The session ends on purpose: a question would invite the person to keep talking to a
        // speaker instead of calling for help.
        return Answer.tell(input, said);
    }
}
