package kz.shamy.modeler.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a model's XML before anything else touches it, with a parser that takes no DOCTYPE at all: no entity, no
 * external DTD or schema, no XInclude, so an entity naming {@code file:///etc/passwd} is refused, never read.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** The document, or a {@link SAXParseException} with the parser's message and where it stopped. */
    static Document parse(byte[] content) throws SAXException, IOException {
        DocumentBuilder builder = builder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // the parser goes on after a warning
            }

            @Override
            public void error(SAXParseException exception) throws SAXException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                throw exception;
            }
        });
        return builder.parse(new ByteArrayInputStream(content));
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /** The parser's message, with the line and column when it gave them. */
    static String message(Exception e) {
        if (e instanceof SAXParseException parse && parse.getLineNumber() > 0) {
            return parse.getMessage() + " (line " + parse.getLineNumber() + ", column " + parse.getColumnNumber()
                    + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
