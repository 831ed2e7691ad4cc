def tool_result():
    return {"status": "ok", "count": "17"}
res = tool_result()
print("status:", res["status"])
remaining = 100 - res["count"]
print(remaining)
