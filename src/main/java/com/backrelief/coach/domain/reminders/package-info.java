/**
 * The daily stretch reminder in plain Java: which days and what time a person asked for ("weekdays",
 * "lunchtime", "8 am", "this time"), the recurrence rule Alexa runs, and the token that names it.
 */
package com.backrelief.coach.domain.reminders;
