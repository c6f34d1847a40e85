package com.backrelief.coach.domain.stretching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which sound plays for each {@link SoundCue}: content, chosen in {@code content/sounds.json}.
 *
 * @param sounds the sound for each cue
 */
public record SoundCues(Map<SoundCue, Sound> sounds) {

    /** No sounds at all: the coaching is words and pauses only. */
    public static final SoundCues NONE = new SoundCues(Map.of());

    /**
     * One short sound.
     *
     * @param source  where Alexa finds it: a sound-library address ({@code soundbank://soundlibrary/...})
     * @param seconds how long it plays, at most
     */
    public record Sound(String source, double seconds) {

        public Sound {
            if (source == null || source.isBlank() || seconds <= 0) {
                throw new IllegalArgumentException("A sound needs an address and a length: " + source);
            }
        }
    }

    public SoundCues {
        sounds = sounds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sounds));
    }

    public Optional<Sound> sound(SoundCue cue) {
        return Optional.ofNullable(sounds.get(cue));
    }
}
