package org.learningsociety.workflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's JSON, in the names and formats its documentation gives, whatever the host portal sets for
 * its own: a portal whose global {@code ObjectMapper} writes snake_case, timestamps or leaves out nulls
 * keeps that for its own controllers, while the library's controllers read and write with a mapper of
 * their own ({@link #mapper()}: Spring Boot's defaults, ISO dates). Registering that mapper as a bean
 * would make Spring Boot's own {@code ObjectMapper} step back, so it is held here instead.
 *
 * <p>How: a converter placed just before the host's JSON converter that answers only for requests
 * handled by a library controller (the handler Spring MVC matched, read from the request), leaving
 * every other request to the host's converters.
 */
public final class LibraryJson {

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                    SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    /** The mapper the library's API reads and writes JSON with. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Puts the library's converter before the host's first JSON converter. */
    WebMvcConfigurer configurer() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                int at = 0;
                for (int i = 0; i < converters.size(); i++) {
                    if (converters.get(i) instanceof MappingJackson2HttpMessageConverter) {
                        at = i;
                        break;
                    }
                }
                converters.add(at, new Converter(mapper));
            }
        };
    }

    /** Whether the current request is handled by one of the library's controllers. */
    static boolean libraryRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return false;
        }
        HttpServletRequest request = servlet.getRequest();
        return handledByLibrary(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
    }

    /** Whether {@code handler} is a method of one of the library's controllers. */
    static boolean handledByLibrary(Object handler) {
        return handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith(LibraryJson.class.getPackageName());
    }

    private static final class Converter extends MappingJackson2HttpMessageConverter {

        Converter(ObjectMapper mapper) {
            super(mapper);
        }

        @Override
        public boolean canRead(Class<?> clazz, MediaType mediaType) {
            return libraryRequest() && super.canRead(clazz, mediaType);
        }

        @Override
        public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
            return libraryRequest() && super.canRead(type, contextClass, mediaType);
        }

        @Override
        public boolean canWrite(Class<?> clazz, MediaType mediaType) {
            return libraryRequest() && super.canWrite(clazz, mediaType);
        }

        @Override
        public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
            return libraryRequest() && super.canWrite(type, clazz, mediaType);
        }
    }
}
