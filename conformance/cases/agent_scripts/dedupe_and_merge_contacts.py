contacts = [
    {"name": "Ann Lee", "email": "ANN@EXAMPLE.COM", "phone": None},
    {"name": "ann lee", "email": "ann@example.com", "phone": "555-0100"},
    {"name": "Bob Stone", "email": "bob@example.com", "phone": "555-0199"},
    {"name": "Robert Stone", "email": "Bob@Example.com", "phone": None},
    {"name": "Cy Twombly", "email": "cy@art.org", "phone": None},
]
merged = {}
for c in contacts:
    key = c["email"].lower()
    cur = merged.setdefault(key, {"names": [], "phone": None})
    if c["name"].title() not in cur["names"]:
        cur["names"].append(c["name"].title())
    cur["phone"] = cur["phone"] or c["phone"]
for email, info in merged.items():
    print(f"{email:<18} names={info['names']} phone={info['phone'] or '-'}")
print(len(contacts), "->", len(merged))
