responses = [
    {"user": {"id": 1, "name": "Ann", "roles": ["admin", "dev"]}, "ok": True},
    {"user": {"id": 2, "name": "Bo"}, "ok": True},
    {"error": {"code": 404, "message": "user 3 not found"}, "ok": False},
    {"user": {"id": 4, "name": None, "roles": []}, "ok": True},
]
users, errors = [], []
for r in responses:
    if not r["ok"]:
        err = r["error"]
        errors.append(f"[{err['code']}] {err['message']}")
        continue
    u = r["user"]
    users.append({"id": u["id"], "name": (u.get("name") or "unknown").lower(), "roles": sorted(u.get("roles", [])) or ["guest"]})
for u in users:
    print(u)
print("errors:", errors)
admins = [u["name"] for u in users if "admin" in u["roles"]]
print("admins:", admins)
print("first error code:", responses[2]["error"]["code"] + responses[0]["error"]["code"])
