/// A tree is read as itself.
extension JSONValue: JSONView {
    public var kind: JSONKind {
        switch self {
        case .null: return .null
        case .bool: return .boolean
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let number) = self { return number }
        return nil
    }

    public func withStringUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard case .string(let string) = self else { return nil }
        return try string.utf8.withContiguousStorageIfAvailable(body)
    }

    public var members: [JSONObject.Member] {
        if case .object(let object) = self { return object.members }
        return []
    }

    public var elements: [JSONValue] {
        if case .array(let elements) = self { return elements }
        return []
    }

    public var duplicateKeys: [String] {
        if case .object(let object) = self { return object.duplicateKeys }
        return []
    }

    public func forEachMember(named index: JSONKeyIndex, _ body: (_ member: Int, _ keyPosition: Int) -> Void) {
        if case .object(let object) = self { index.forEachMember(of: object, body) }
    }

    public var jsonValue: JSONValue { self }
}

extension JSONObject.Member: JSONMemberView {
    public func hasSameKey(as other: JSONObject.Member) -> Bool { hasKey(other.key, fingerprint: other.keyFingerprint) }
}
