package com.rootmail.infra.plan;

import com.pulumi.asset.AssetOrArchive;
import com.pulumi.asset.AssetOrArchive.AssetOrArchiveInternal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resource inputs as the mock engine hands them over, turned into plain JSON-like values:
 * whole numbers back from {@code Double} to {@code Long}, archives to {@code {"path": ...}},
 * nulls dropped, map keys sorted so output is stable.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> of(Map<String, Object> inputs) {
        Map<String, Object> plain = new TreeMap<>();
        inputs.forEach((key, value) -> {
            if (value != null) {
                plain.put(key, plain(value));
            }
        });
        return plain;
    }

    private static Object plain(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue();
        }
        if (value instanceof AssetOrArchive archive) {
            var internal = AssetOrArchiveInternal.from(archive);
            Map<String, Object> described = new LinkedHashMap<>();
            described.put(internal.getPropName(), String.valueOf(internal.getValue()));
            return described;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new TreeMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    plain.put(String.valueOf(k), plain(v));
                }
            });
            return plain;
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(v -> plain.add(v == null ? null : plain(v)));
            return plain;
        }
        return value;
    }
}
