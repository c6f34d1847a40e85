package com.backrelief.coach.domain.alexa;

import java.time.Duration;

/**
 * An Alexa timer the skill asks for: how long, its name, and what Alexa says when it goes off.
 *
 * @param length       how long it runs
 * @param label        the name people see and can refer to
 * @param announcement what Alexa says when it ends
 * @param locale       the language of the announcement, as in the request ({@code en-GB})
 */
public record Timer(Duration length, String label, String announcement, String locale) {
}
