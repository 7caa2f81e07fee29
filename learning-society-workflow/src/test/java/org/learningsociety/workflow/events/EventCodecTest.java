package org.learningsociety.workflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningsociety.core.commendation.CommendationEvent;
import org.learningsociety.core.registration.RegistrationEvent;
import org.learningsociety.core.report.ReportEvent;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.subject.SubjectEvent;

/** Every event of the core comes back from the outbox's JSON equal to the event written. */
class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    static Stream<Class<?>> everyEventOfTheCore() {
        return Stream.of(RegistrationEvent.class, ReportEvent.class, CommendationEvent.class, SubjectEvent.class)
                .flatMap(family -> Stream.of(family.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("everyEventOfTheCore")
    void isReadBackEqualUnderItsSimpleName(Class<?> type) throws Exception {
        DomainEvent event = (DomainEvent) sample(type);

        String stored = codec.write(event);

        assertThat(codec.typeOf(event)).isEqualTo(type.getSimpleName());
        assertThat(codec.read(codec.typeOf(event), stored)).isEqualTo(event);
    }

    /** A record with a value in every component: a different number or text in each, the second constant of an enum. */
    private static Object sample(Class<?> type) throws Exception {
        if (type == long.class || type == Long.class) {
            return 4_200L + type.hashCode() % 7;
        } else if (type == int.class || type == Integer.class) {
            return 2026;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == String.class) {
            return "Hộ ông Lê Văn Tám đã chuyển đi";
        } else if (type == Instant.class) {
            return Instant.parse("2026-03-01T08:15:30.123456Z");
        } else if (type == ReportPeriod.class) {
            return ReportPeriod.phase(2021, 2025);
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[Math.min(1, constants.length - 1)];
        } else if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            List<Object> values = new ArrayList<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values.add(sample(types[i]));
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values.toArray());
        }
        throw new AssertionError("no sample value for " + type + ": add one");
    }
}
