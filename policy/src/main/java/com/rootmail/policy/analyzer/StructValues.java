package com.rootmail.policy.analyzer;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.internal.Constants;
import com.rootmail.policy.PolicyResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resource properties as the engine marshals them (a protobuf {@code Struct}, unknowns and
 * secrets kept) turned into the plain values policies read: whole numbers as {@code Long},
 * nulls dropped, secrets unwrapped (a policy judges the value, it never prints it back
 * beyond a violation message), unknowns and unknown outputs as {@link PolicyResource#UNKNOWN}.
 */
final class StructValues {

    private StructValues() {
    }

    static Map<String, Object> plain(Struct struct) {
        Map<String, Object> plain = new TreeMap<>();
        struct.getFieldsMap().forEach((key, value) -> {
            Object converted = plain(value);
            if (converted != null) {
                plain.put(key, converted);
            }
        });
        return plain;
    }

    private static Object plain(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> Constants.UnknownValue.equals(value.getStringValue())
                    ? PolicyResource.UNKNOWN : value.getStringValue();
            case LIST_VALUE -> list(value.getListValue());
            case STRUCT_VALUE -> special(value.getStructValue());
        };
    }

    private static Object number(double number) {
        return number == Math.rint(number) && !Double.isInfinite(number) ? (Object) (long) number : (Object) number;
    }

    private static List<Object> list(ListValue list) {
        List<Object> plain = new ArrayList<>();
        list.getValuesList().forEach(element -> plain.add(plain(element)));
        return plain;
    }

    /** Secrets and output values are wrappers around the value; assets and archives stay maps. */
    private static Object special(Struct struct) {
        Value signature = struct.getFieldsMap().get(Constants.SpecialSigKey);
        if (signature == null) {
            return plain(struct);
        }
        Value inner = struct.getFieldsMap().get(Constants.SecretValueName);
        return switch (signature.getStringValue()) {
            case Constants.SpecialSecretSig -> inner == null ? null : plain(inner);
            case Constants.SpecialOutputSig -> inner == null ? PolicyResource.UNKNOWN : plain(inner);
            default -> plain(struct);
        };
    }
}
