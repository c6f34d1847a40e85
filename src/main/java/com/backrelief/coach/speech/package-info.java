/** Speech as values. May import the JDK only. */
package com.backrelief.coach.speech;
