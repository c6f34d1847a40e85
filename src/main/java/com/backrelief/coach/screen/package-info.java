/** What a screen shows, as values: the counterpart of speech for devices with a display. May import the JDK only. */
package com.backrelief.coach.screen;
