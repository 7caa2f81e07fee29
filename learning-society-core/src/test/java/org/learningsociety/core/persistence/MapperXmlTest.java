package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MapperXmlTest {

    /** Every mapper binds its values with {@code #{}}: a {@code ${}} would splice text into the SQL. */
    @Test
    void noMapperSplicesTextIntoItsSql() throws IOException, URISyntaxException {
        Path mappers = Path.of(MyBatisPersistence.class.getResource("UnitMapper.xml").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(mappers)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).toList();
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.getFileName().toString()).doesNotContain("${");
        }
    }
}
