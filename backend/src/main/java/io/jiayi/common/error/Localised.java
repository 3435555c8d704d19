package io.jiayi.common.error;

/** A message argument that is itself a text of the bundle, e.g. {@code resource.institution}. */
public record Localised(String key) {
}
