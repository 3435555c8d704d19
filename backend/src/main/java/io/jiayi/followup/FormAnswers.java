package io.jiayi.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.jiayi.common.error.ProblemException.FieldProblem;
import io.jiayi.followup.FollowUpForm.Question;

/**
 * Answers checked against the form version a follow-up was issued with. Every problem is named
 * by its field ({@code answers.systolic}), so the app can mark each one; valid answers come back
 * normalised, with the readings (numbers that are health readings) taken out.
 */
public final class FormAnswers {

    /** What a valid set of answers holds, or what is wrong with it. */
    public record Checked(Map<String, Object> answers, Map<Reading, BigDecimal> readings, List<FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final String FIELD = "answers.";

    private FormAnswers() {
    }

    public static Checked check(FollowUpForm form, Map<String, JsonNode> given, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<Reading, BigDecimal> readings = new EnumMap<>(Reading.class);
        Map<String, JsonNode> values = given == null ? Map.of() : given;
        for (String code : values.keySet()) {
            if (form.question(code).isEmpty()) {
                problems.add(new FieldProblem(FIELD + code, "field.answer.unknownQuestion"));
            }
        }
        for (Question question : form.questions()) {
            JsonNode value = values.get(question.code());
            if (value == null || value.isNull()) {
                if (question.required()) {
                    problems.add(new FieldProblem(FIELD + question.code(), "field.answer.required"));
                }
                continue;
            }
            Object normalised = check(question, value, today, problems);
            if (normalised != null) {
                answers.put(question.code(), normalised);
                if (question.reading() != null) {
                    readings.put(question.reading(), (BigDecimal) normalised);
                }
            }
        }
        return new Checked(answers, readings, problems);
    }

    private static Object check(Question question, JsonNode value, LocalDate today, List<FieldProblem> problems) {
        String field = FIELD + question.code();
        switch (question.type()) {
            case NUMBER:
                return number(question, value, field, problems);
            case SINGLE_CHOICE:
                if (value.isArray()) {
                    return refuse(problems, field, "field.answer.singleChoiceOnly");
                }
                if (!value.isTextual()) {
                    return refuse(problems, field, "field.answer.wrongType.SINGLE_CHOICE");
                }
                return question.hasOption(value.asText()) ? value.asText()
                        : refuse(problems, field, "field.answer.unknownOption", value.asText());
            case MULTIPLE_CHOICE:
                return choices(question, value, field, problems);
            case YES_NO:
                return value.isBoolean() ? value.booleanValue()
                        : refuse(problems, field, "field.answer.wrongType.YES_NO");
            case TEXT:
                if (!value.isTextual()) {
                    return refuse(problems, field, "field.answer.wrongType.TEXT");
                }
                return value.asText().codePointCount(0, value.asText().length()) > question.maxLength()
                        ? refuse(problems, field, "field.answer.tooLong", question.maxLength())
                        : value.asText();
            case DATE:
                return date(question, value, today, field, problems);
            default:
                throw new IllegalStateException("question type " + question.type());
        }
    }

    private static Object number(Question question, JsonNode value, String field, List<FieldProblem> problems) {
        if (!value.isNumber()) {
            return refuse(problems, field, "field.answer.wrongType.NUMBER");
        }
        BigDecimal number = value.decimalValue();
        if (Math.max(0, number.stripTrailingZeros().scale()) > question.decimals()) {
            return refuse(problems, field, "field.answer.tooManyDecimals", question.decimals());
        }
        if (number.compareTo(question.min()) < 0 || number.compareTo(question.max()) > 0) {
            return refuse(problems, field, "field.answer.outOfRange", question.min().stripTrailingZeros().toPlainString(),
                    question.max().stripTrailingZeros().toPlainString(), question.unit() == null ? "" : question.unit());
        }
        return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
    }

    private static Object choices(Question question, JsonNode value, String field, List<FieldProblem> problems) {
        if (!value.isArray()) {
            return refuse(problems, field, "field.answer.wrongType.MULTIPLE_CHOICE");
        }
        List<String> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                return refuse(problems, field, "field.answer.wrongType.MULTIPLE_CHOICE");
            }
            if (!question.hasOption(item.asText())) {
                return refuse(problems, field, "field.answer.unknownOption", item.asText());
            }
            if (!seen.add(item.asText())) {
                return refuse(problems, field, "field.answer.repeatedOption", item.asText());
            }
            chosen.add(item.asText());
        }
        if (chosen.isEmpty() && question.required()) {
            return refuse(problems, field, "field.answer.required");
        }
        return chosen;
    }

    private static Object date(Question question, JsonNode value, LocalDate today, String field,
            List<FieldProblem> problems) {
        if (!value.isTextual()) {
            return refuse(problems, field, "field.answer.wrongType.DATE");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            return refuse(problems, field, "field.answer.wrongType.DATE");
        }
        if (!question.allowFuture() && date.isAfter(today)) {
            return refuse(problems, field, "field.answer.futureDate");
        }
        return date.toString();
    }

    private static Object refuse(List<FieldProblem> problems, String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, List.of(args)));
        return null;
    }
}
