package io.jiayi.common.web;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problems every operation of a kind can answer, so that no resource has to list
 * them and none forgets one: a body can be malformed, too large or of the wrong type; a
 * secured operation can meet no token or a lacking role. Rule-specific answers (404, 409,
 * 422) stay on the operations that give them.
 */
public class StandardProblemResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        if (operation.getRequestBody() != null) {
            add(operation.getResponses(), Map.of("400", "BadRequest", "413", "PayloadTooLarge",
                    "415", "UnsupportedMediaType"));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(operation.getResponses(), Map.of("401", "Unauthorized", "403", "Forbidden"));
        }
        return operation;
    }

    /** In status order: Map.of iterates in an order that changes from run to run, and so would the contract's text. */
    private static void add(APIResponses responses, Map<String, String> refs) {
        new TreeMap<>(refs).forEach((status, ref) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
            }
        });
    }
}
