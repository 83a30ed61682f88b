package com.rootmail.policy.analyzer;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.internal.Constants;
import com.rootmail.policy.PolicyResource;
import java.util.List;
import java.util.Map;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;

/** Hand-built engine messages: what the Pulumi engine would send for a resource. */
final class Protos {

    private Protos() {
    }

    static AnalyzerResource resource(PolicyResource resource) {
        var builder = AnalyzerResource.newBuilder()
                .setType(resource.type()).setName(resource.name()).setUrn(resource.urn())
                .setProperties(struct(resource.properties()));
        if (!resource.provider().isEmpty()) {
            builder.setProvider(provider(resource.provider(), resource.region()));
        }
        return builder.build();
    }

    static AnalyzeRequest request(PolicyResource resource) {
        AnalyzerResource r = resource(resource);
        var builder = AnalyzeRequest.newBuilder().setType(r.getType()).setName(r.getName()).setUrn(r.getUrn())
                .setProperties(r.getProperties());
        if (r.hasProvider()) {
            builder.setProvider(r.getProvider());
        }
        return builder.build();
    }

    static AnalyzerProviderResource provider(String name, String region) {
        return AnalyzerProviderResource.newBuilder()
                .setType("pulumi:providers:aws").setName(name)
                .setUrn("urn:pulumi:test::rootmail::pulumi:providers:aws::" + name)
                .setProperties(struct(Map.of("region", region)))
                .build();
    }

    static Struct struct(Map<String, ?> values) {
        var struct = Struct.newBuilder();
        values.forEach((key, value) -> struct.putFields(key, value(value)));
        return struct.build();
    }

    static Value secret(Object value) {
        return Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields(Constants.SpecialSigKey, value(Constants.SpecialSecretSig))
                .putFields(Constants.SecretValueName, value(value))).build();
    }

    static Value value(Object value) {
        if (value instanceof Value already) {
            return already;
        }
        if (value == PolicyResource.UNKNOWN) {
            return Value.newBuilder().setStringValue(Constants.UnknownValue).build();
        }
        if (value == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (value instanceof Boolean b) {
            return Value.newBuilder().setBoolValue(b).build();
        }
        if (value instanceof Number n) {
            // The engine sends every number as a double.
            return Value.newBuilder().setNumberValue(n.doubleValue()).build();
        }
        if (value instanceof Map<?, ?> map) {
            var struct = Struct.newBuilder();
            map.forEach((k, v) -> struct.putFields(String.valueOf(k), value(v)));
            return Value.newBuilder().setStructValue(struct).build();
        }
        if (value instanceof List<?> list) {
            var values = ListValue.newBuilder();
            list.forEach(element -> values.addValues(value(element)));
            return Value.newBuilder().setListValue(values).build();
        }
        return Value.newBuilder().setStringValue(String.valueOf(value)).build();
    }
}
