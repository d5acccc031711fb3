/** Small value types, the fact-like exceptions and this node's name ({@link kz.shamy.shared.NodeName}), for every feature. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.shamy.shared;
