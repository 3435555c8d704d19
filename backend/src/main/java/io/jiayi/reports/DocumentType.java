package io.jiayi.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a report may carry, each known by its media type and by the bytes a
 * file of that kind starts with: the declared type must agree with the content.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type a Content-Type header names (parameters and case ignored), if it is one of ours. */
    public static Optional<DocumentType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
    }

    /** Whether the content starts as a file of this type does. */
    public boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(DocumentType::mediaType).toList());
    }
}
