package org.learningsociety.core.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file accepted as evidence, each known by its content type, extensions and first bytes. */
public enum EvidenceFileType {

    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** The most first bytes any type needs to be recognised. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String contentType;
    private final List<String> extensions;
    private final byte[] signature;

    EvidenceFileType(String contentType, List<String> extensions, byte[] signature) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension a stored file gets. */
    public String extension() {
        return extensions.get(0);
    }

    /** The type a declared content type names (parameters and case ignored), if it is one accepted. */
    public static Optional<EvidenceFileType> ofContentType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        int semicolon = declared.indexOf(';');
        String bare = (semicolon < 0 ? declared : declared.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.contentType.equals(bare)).findFirst();
    }

    /** Whether {@code fileName} ends with one of this type's extensions (case ignored). */
    public boolean matchesExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code head}, the file's first bytes, starts with this type's signature. */
    public boolean matchesSignature(byte[] head, int length) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The accepted types, as an officer reads them. */
    public static String accepted() {
        return "PDF, JPEG, PNG";
    }
}
