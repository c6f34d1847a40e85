package com.backrelief.coach.persistence;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between DynamoDB attribute values and plain strings, numbers, lists and maps. */
final class AttributeValues {

    private AttributeValues() {
    }

    static Map<String, AttributeValue> fromPlain(Map<String, ?> plain) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        plain.forEach((name, value) -> {
            if (value != null) {
                item.put(name, fromPlain(value));
            }
        });
        return item;
    }

    static AttributeValue fromPlain(Object value) {
        if (value instanceof String text) {
            return AttributeValue.fromS(text);
        }
        if (value instanceof Number number) {
            return AttributeValue.fromN(number.toString());
        }
        if (value instanceof Boolean flag) {
            return AttributeValue.fromBool(flag);
        }
        if (value instanceof List<?> list) {
            return AttributeValue.fromL(list.stream().map(AttributeValues::fromPlain).toList());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> nested = new LinkedHashMap<>();
            map.forEach((name, inner) -> {
                if (inner != null) {
                    nested.put(String.valueOf(name), fromPlain(inner));
                }
            });
            return AttributeValue.fromM(nested);
        }
        throw new IllegalArgumentException("Cannot store a " + value.getClass().getSimpleName());
    }

    static Map<String, Object> toPlain(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new LinkedHashMap<>();
        item.forEach((name, value) -> plain.put(name, toPlain(value)));
        return plain;
    }

    static Object toPlain(AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            return new BigDecimal(value.n());
        }
        if (value.bool() != null) {
            return value.bool();
        }
        if (value.hasL()) {
            List<Object> list = new ArrayList<>();
            value.l().forEach(inner -> list.add(toPlain(inner)));
            return list;
        }
        if (value.hasM()) {
            return toPlain(value.m());
        }
        return null;
    }
}
