package org.learningsociety.workflow.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.subject.LearningModel;

/** Reads the cycle's variables from a scope, refusing a missing or malformed one in Vietnamese. */
final class Variables {

    private Variables() {
    }

    static LearningModel model(VariableScope scope) {
        return LearningModel.parse(CycleVariables.MODEL, (String) scope.getVariable(CycleVariables.MODEL));
    }

    static int year(VariableScope scope) {
        Object year = scope.getVariable(CycleVariables.YEAR);
        if (year instanceof Number number) {
            return number.intValue();
        }
        if (year instanceof String text && text.matches("\\d{4}")) {
            return Integer.parseInt(text);
        }
        throw new TaskRefusedException("Thiếu năm của chu kỳ (biến " + CycleVariables.YEAR + ")");
    }

    static String unitCode(VariableScope scope) {
        return requiredText(scope, CycleVariables.UNIT_CODE, "mã xã, phường");
    }

    static String requiredText(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new TaskRefusedException("Chưa nhập " + label + ".");
        }
        return value.toString().trim();
    }

    static LocalDate requiredDate(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        String text = requiredText(scope, name, label);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new TaskRefusedException(label.substring(0, 1).toUpperCase() + label.substring(1)
                    + " không hợp lệ: \"" + text + "\"; nhập theo dạng năm-tháng-ngày, ví dụ 2026-11-20.");
        }
    }

    /** A yes/no field; Camunda Forms' radio buttons submit it as the text "true" or "false". */
    static boolean requiredBoolean(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new TaskRefusedException("Chưa chọn " + label + ".");
    }
}
