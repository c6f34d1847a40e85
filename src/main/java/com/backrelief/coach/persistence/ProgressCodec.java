package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored shape of {@link Progress}: plain maps of strings and numbers, used both for the
 * DynamoDB item and for the copy kept in session attributes. Reading is lenient: a missing or
 * unreadable field falls back to its fresh-start value instead of failing.
 */
public final class ProgressCodec {

    /** Written into every record; raise it when the stored shape changes. */
    public static final int SCHEMA_VERSION = 1;

    static final String SCHEMA = "schemaVersion";
    static final String VISITS = "visits";
    static final String LAST_VISIT = "lastVisit";

    private ProgressCodec() {
    }

    public static Map<String, Object> toMap(Progress progress) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(SCHEMA, SCHEMA_VERSION);
        map.put(VISITS, progress.visits());
        if (progress.lastVisit() != null) {
            map.put(LAST_VISIT, progress.lastVisit().toString());
        }
        return map;
    }

    public static Progress fromMap(Map<String, ?> map) {
        if (map == null) {
            return Progress.NEW;
        }
        return new Progress(number(map.get(VISITS)), date(map.get(LAST_VISIT)));
    }

    static int number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    static LocalDate date(Object value) {
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
