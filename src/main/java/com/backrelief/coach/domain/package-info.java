/**
 * The coach's decisions in plain Java. May import the JDK and this package's subpackages only:
 * never ASK, the AWS SDK or Jackson (a test enforces it).
 */
package com.backrelief.coach.domain;
