package com.rootmail.handler.aws;

import com.rootmail.handler.opsitem.OpsItemDraft;
import com.rootmail.handler.pipeline.OpsItemSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CreateOpsItemRequest;
import software.amazon.awssdk.services.ssm.model.OpsItemAlreadyExistsException;
import software.amazon.awssdk.services.ssm.model.OpsItemDataType;
import software.amazon.awssdk.services.ssm.model.OpsItemDataValue;
import software.amazon.awssdk.services.ssm.model.OpsItemNotification;

/**
 * Creates OpsItems with SSM's CreateOpsItem. A duplicate (same {@code /aws/dedup} string,
 * e.g. a mail delivered twice) is success: the existing OpsItem's id is returned.
 *
 * <pre>{@code
 * String id = new SsmOpsItemSink(ssmInHomeRegion).create(draft);
 * }</pre>
 */
public final class SsmOpsItemSink implements OpsItemSink {

    private final SsmClient ssm;

    /** @param ssm a client for the home region */
    public SsmOpsItemSink(SsmClient ssm) {
        this.ssm = Objects.requireNonNull(ssm, "ssm");
    }

    @Override
    public String create(OpsItemDraft draft) {
        Map<String, OpsItemDataValue> data = new LinkedHashMap<>();
        draft.operationalData().forEach((key, v) -> data.put(key, OpsItemDataValue.builder()
                .value(v.value())
                .type(v.searchable() ? OpsItemDataType.SEARCHABLE_STRING : OpsItemDataType.STRING)
                .build()));
        CreateOpsItemRequest.Builder request = CreateOpsItemRequest.builder()
                .title(draft.title())
                .description(draft.description())
                .source(draft.source())
                .operationalData(data);
        draft.category().ifPresent(request::category);
        draft.severity().ifPresent(request::severity);
        draft.notificationArn().ifPresent(arn ->
                request.notifications(OpsItemNotification.builder().arn(arn).build()));
        try {
            return ssm.createOpsItem(request.build()).opsItemId();
        } catch (OpsItemAlreadyExistsException e) {
            return e.opsItemId() == null ? "(existing)" : e.opsItemId();
        }
    }
}
