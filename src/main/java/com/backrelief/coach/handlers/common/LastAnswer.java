package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.backrelief.coach.speech.Speech;

import java.util.Map;
import java.util.Optional;

/**
 * Keeps the words of the last answer in the session, so "say that again" works wherever the
 * person is. Kept as text (pauses dropped) and spoken again through {@link Speech}, so nothing
 * a request carries back can become markup.
 */
public final class LastAnswer implements ResponseInterceptor {

    static final String KEY = "lastAnswer";
    private static final int MAX_CHARS = 3_000;

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

    /** Entities the SSML escapes, and what each stands for. */
    private static final String[][] ENTITIES = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};

    /**
     * The words of {@code ssml}: every tag a space, the entities decoded (once), each run of white space one
     * space, none at the ends. One pass, as this runs on every answer.
     */
    static String text(String ssml) {
        if (ssml == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(ssml.length());
        int i = 0;
        while (i < ssml.length()) {
            char c = ssml.charAt(i);
            int tagEnd = c == '<' ? ssml.indexOf('>', i) : -1;
            if (tagEnd >= 0) {
                space(out);
                i = tagEnd + 1;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space(out);
                i++;
                continue;
            }
            String[] entity = c == '&' ? entityAt(ssml, i) : null;
            if (entity != null) {
                out.append(entity[1]);
                i += entity[0].length();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString().strip();
    }

    private static void space(StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static String[] entityAt(String text, int at) {
        for (String[] known : ENTITIES) {
            if (text.startsWith(known[0], at)) {
                return known;
            }
        }
        return null;
    }
}
