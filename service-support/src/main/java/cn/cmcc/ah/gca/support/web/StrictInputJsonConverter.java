package cn.cmcc.ah.gca.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;
import java.lang.reflect.Type;

/** Writes JSON with the application's mapper and reads it with the strict one ({@link StrictJson}). */
class StrictInputJsonConverter extends MappingJackson2HttpMessageConverter {

    private final MappingJackson2HttpMessageConverter strictReader;

    StrictInputJsonConverter(ObjectMapper writer, ObjectMapper strictMapper) {
        super(writer);
        this.strictReader = new MappingJackson2HttpMessageConverter(strictMapper);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
        return strictReader.read(type, contextClass, inputMessage);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
        return strictReader.read(clazz, null, inputMessage);
    }
}
