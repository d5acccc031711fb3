/** Small value types and the fact-like exceptions every feature may use. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.shamy.shared;
