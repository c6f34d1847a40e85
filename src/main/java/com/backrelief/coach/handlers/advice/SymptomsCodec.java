package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.Pack;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.advice.Symptoms.Area;
import com.backrelief.coach.domain.advice.Symptoms.Disc;
import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link Symptoms} as a plain map for session attributes, and back; what it cannot read stays unknown. */
final class SymptomsCodec {

    private SymptomsCodec() {
    }

    static Map<String, Object> toMap(Symptoms s) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (s.onset() != null) {
            map.put("onsetMinutes", s.onset().toMinutes());
        }
        putName(map, "injury", s.injury());
        if (s.swelling() != null) {
            map.put("swelling", s.swelling());
        }
        putName(map, "feel", s.feel());
        putName(map, "leg", s.leg());
        putName(map, "disc", s.disc());
        putName(map, "area", s.area());
        putName(map, "preference", s.preference());
        putFlag(map, "helped", s.helped());
        putFlag(map, "heatUnsafe", s.heatUnsafe());
        putFlag(map, "coldUnsafe", s.coldUnsafe());
        putFlag(map, "redFlag", s.redFlag());
        return map;
    }

    static Symptoms fromMap(Map<?, ?> map) {
        Object minutes = map.get("onsetMinutes");
        Object swelling = map.get("swelling");
        return new Symptoms(
                minutes instanceof Number n ? Duration.ofMinutes(n.longValue()) : null,
                named(map, "injury", Injury.class),
                swelling instanceof Boolean b ? b : null,
                named(map, "feel", Feel.class),
                named(map, "leg", Leg.class),
                named(map, "disc", Disc.class),
                named(map, "area", Area.class),
                named(map, "preference", Pack.class),
                Boolean.TRUE.equals(map.get("helped")),
                Boolean.TRUE.equals(map.get("heatUnsafe")),
                Boolean.TRUE.equals(map.get("coldUnsafe")),
                Boolean.TRUE.equals(map.get("redFlag")));
    }

    private static void putName(Map<String, Object> map, String key, Enum<?> value) {
        if (value != null) {
            map.put(key, value.name());
        }
    }

    private static void putFlag(Map<String, Object> map, String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
    }

    private static <E extends Enum<E>> E named(Map<?, ?> map, String key, Class<E> type) {
        Object value = map.get(key);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
