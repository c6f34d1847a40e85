package com.backrelief.coach.support;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** What every answer must satisfy, whatever the request: SSML that parses, no error text, and certification's rules. */
public final class AnswerChecks {

    private AnswerChecks() {
    }

    public static void assertSound(Reply reply, String what) {
        if (!reply.hasSpeech()) {
            return;
        }
        assertWellFormed(reply.ssml(), what);
        assertThat(reply.ssml()).as(what).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("null");
        if (!reply.endsSession()) {
            assertThat(reply.speech()).as(what).endsWith("?");
            assertWellFormed(reply.json().path("response").path("reprompt").path("outputSpeech").path("ssml").asText(), what);
        }
    }

    public static Document assertWellFormed(String ssml, String what) {
        assertThat(ssml).as(what).startsWith("<speak>").endsWith("</speak>");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return fail(what + ": SSML is not well-formed: " + e.getMessage() + "\n" + ssml);
        }
    }
}
