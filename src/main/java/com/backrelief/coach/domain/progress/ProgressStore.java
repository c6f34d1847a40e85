package com.backrelief.coach.domain.progress;

import java.util.Optional;

/** Where each person's {@link Progress} is kept between sessions (the port; adapters implement it). */
public interface ProgressStore {

    /** The person's progress, or empty for someone never saved. */
    Optional<Progress> load(String userId);

    void save(String userId, Progress progress);

    /** Forgets the person entirely (the skill was disabled). */
    void delete(String userId);
}
