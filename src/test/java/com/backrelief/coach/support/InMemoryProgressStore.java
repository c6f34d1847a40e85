package com.backrelief.coach.support;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A fake {@link ProgressStore} for unit tests, counting reads and writes. */
public final class InMemoryProgressStore implements ProgressStore {

    private final Map<String, Progress> records = new ConcurrentHashMap<>();
    public final AtomicInteger loads = new AtomicInteger();
    public final AtomicInteger saves = new AtomicInteger();

    @Override
    public Optional<Progress> load(String userId) {
        loads.incrementAndGet();
        return Optional.ofNullable(records.get(userId));
    }

    @Override
    public void save(String userId, Progress progress) {
        saves.incrementAndGet();
        records.put(userId, progress);
    }

    @Override
    public void delete(String userId) {
        records.remove(userId);
    }

    public Optional<Progress> get(String userId) {
        return Optional.ofNullable(records.get(userId));
    }

    public void put(String userId, Progress progress) {
        records.put(userId, progress);
    }
}
