package io.jiayi.directory.repository;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** A WHERE clause built from the filters a caller actually gave. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    String clause() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    Parameters parameters() {
        return parameters;
    }

    static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
