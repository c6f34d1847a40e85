package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.backrelief.coach.speech.Speech;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the words of the last answer in the session, so "say that again" works wherever the
 * person is. Kept as text (pauses dropped) and spoken again through {@link Speech}, so nothing
 * a request carries back can become markup.
 */
public final class LastAnswer implements ResponseInterceptor {

    static final String KEY = "lastAnswer";
    private static final int MAX_CHARS = 3_000;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (response.isEmpty() || input.getRequestEnvelope().getSession() == null
                || Boolean.TRUE.equals(response.get().getShouldEndSession())
                || !(response.get().getOutputSpeech() instanceof SsmlOutputSpeech speech)) {
            return;
        }
        String text = text(speech.getSsml());
        Map<String, Object> attributes = input.getAttributesManager().getSessionAttributes();
        if (text.isEmpty() || text.length() > MAX_CHARS) {
            attributes.remove(KEY);
        } else {
            attributes.put(KEY, text);
        }
    }

    /** The last answer of this session, to say again. */
    public static Optional<Speech> of(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return Optional.empty();
        }
        Object text = input.getAttributesManager().getSessionAttributes().get(KEY);
        return text instanceof String words && !words.isBlank() && words.length() <= MAX_CHARS
                ? Optional.of(Speech.of(words)) : Optional.empty();
    }

    static String text(String ssml) {
        String plain = ssml == null ? "" : TAG.matcher(ssml).replaceAll(" ");
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }
}
