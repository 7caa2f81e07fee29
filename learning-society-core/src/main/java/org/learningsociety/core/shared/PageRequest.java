package org.learningsociety.core.shared;

/**
 * Which page of a long list to read: {@code page} counts from 0, {@code size} rows a page, at most
 * {@value #MAX_SIZE} so that no request reads a province at once.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", page, "Số trang phải từ 0 trở lên");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", size, "Số dòng mỗi trang phải từ 1 đến " + MAX_SIZE);
        }
    }

    /** The first page of {@value #DEFAULT_SIZE} rows. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    /** How many rows come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
