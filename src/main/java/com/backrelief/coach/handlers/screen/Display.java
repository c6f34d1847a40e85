package com.backrelief.coach.handlers.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.screen.Documents;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

import java.util.Map;
import java.util.Optional;

/**
 * The screen of a device that has one. Before the handlers, it notes whether the device renders APL
 * ({@code context.System.device.supportedInterfaces} carries {@code Alexa.Presentation.APL}); a
 * handler says what to show ({@link #show}); the answer then carries a {@code RenderDocument}
 * directive for it ({@link #directive}). A device without a screen gets no directive at all.
 */
public final class Display implements RequestInterceptor {

    /** The token of every document the skill renders; touch events name it. */
    public static final String TOKEN = "backReliefCoach";

    static final String KEY = "display";
    static final String SCREEN_KEY = "screen";
    /** The longest answer shown in full on the screen of an answer that has no screen of its own. */
    static final int MAX_MESSAGE_CHARS = 400;
    static final String NAME = "Back Relief Coach";

    private final Documents documents;

    public Display(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void process(HandlerInput input) {
        if (rendersApl(input.getRequestEnvelope().getContext(), documents)) {
            input.getAttributesManager().getRequestAttributes().put(KEY, this);
        }
    }

    /**
     * Whether a device can show the documents: it renders APL, and its runtime (when it says which)
     * is at least the documents' version. An older one gets the voice-only answer, not a broken screen.
     */
    static boolean rendersApl(Context context, Documents documents) {
        if (context == null || context.getSystem() == null || context.getSystem().getDevice() == null) {
            return false;
        }
        SupportedInterfaces interfaces = context.getSystem().getDevice().getSupportedInterfaces();
        AlexaPresentationAplInterface apl = interfaces == null ? null : interfaces.getAlexaPresentationAPL();
        if (apl == null) {
            return false;
        }
        String maxVersion = apl.getRuntime() == null ? null : apl.getRuntime().getMaxVersion();
        return documents.renderableUpTo(maxVersion);
    }

    /** Whether this request came from a device with a screen. */
    static boolean present(HandlerInput input) {
        return input.getAttributesManager().getRequestAttributes().get(KEY) instanceof Display;
    }

    /** What to show with this answer; on a device without a screen, nothing happens. */
    public static void show(HandlerInput input, Screen screen) {
        if (present(input)) {
            input.getAttributesManager().getRequestAttributes().put(SCREEN_KEY, screen);
        }
    }

    /** The screen chosen for this answer so far, if any. */
    public static Optional<Screen> shown(HandlerInput input) {
        return input.getAttributesManager().getRequestAttributes().get(SCREEN_KEY) instanceof Screen screen
                ? Optional.of(screen) : Optional.empty();
    }

    /**
     * The directive for this answer on a device with a screen: the screen a handler chose, or else
     * the answer's words in short under the skill's name. Empty on a device without one.
     */
    public static Optional<Directive> directive(HandlerInput input, Speech said) {
        if (!(input.getAttributesManager().getRequestAttributes().get(KEY) instanceof Display display)) {
            return Optional.empty();
        }
        Screen screen = shown(input).orElseGet(() -> message(said));
        return Optional.of(display.render(screen));
    }

    RenderDocumentDirective render(Screen screen) {
        return RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(documents.document(screen))
                .withDatasources(Map.of("screen", screen.data()))
                .build();
    }

    /**
     * An answer with no screen of its own: the skill's name and what was said, cut at a sentence when
     * long; when it ends by asking what the person would like to do, the three choices as buttons.
     */
    static Screen message(Speech said) {
        String text = said.toText();
        String whatNext = CommonReplies.whatNext().toText();
        if (text.endsWith(whatNext)) {
            String before = text.substring(0, text.length() - whatNext.length()).strip();
            return Choices.welcome(NAME, shortened(before.isEmpty() ? "What would you like?" : before));
        }
        return Screen.of(Screen.Layout.MESSAGE, NAME).subtitle(shortened(text));
    }

    static String shortened(String text) {
        if (text.length() <= MAX_MESSAGE_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(". ", MAX_MESSAGE_CHARS);
        return end > 0 ? text.substring(0, end + 1) : text.substring(0, MAX_MESSAGE_CHARS - 1).strip() + "\u2026";
    }
}
