// Plain data between JavaScript and a Lua stack through the raw C API. wasmoon's generic
// pushValue/getValue try every type extension on every value and would hand a plugin JS
// functions or proxies; hook inputs and results are JSON-like data only, so they cross as that:
// integers stay integers, and a function or userdata in a result is an error, not a wrapper.
import { LuaType, type LuaWasm } from 'wasmoon';

const MAX_DEPTH = 32;

export function pushPlain(lua: LuaWasm, L: number, value: unknown, depth = 0): void {
  if (value === null || value === undefined) lua.lua_pushnil(L);
  else if (typeof value === 'string') lua.lua_pushstring(L, value);
  else if (typeof value === 'boolean') lua.lua_pushboolean(L, value ? 1 : 0);
  else if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) lua.lua_pushinteger(L, BigInt(value));
    else lua.lua_pushnumber(L, value);
  } else if (typeof value === 'object' && depth < MAX_DEPTH) {
    if (Array.isArray(value)) {
      lua.lua_createtable(L, value.length, 0);
      value.forEach((item, i) => {
        pushPlain(lua, L, item, depth + 1);
        lua.lua_rawseti(L, -2, BigInt(i + 1));
      });
    } else {
      const entries = Object.entries(value as Record<string, unknown>);
      lua.lua_createtable(L, 0, entries.length);
      for (const [key, item] of entries) {
        pushPlain(lua, L, item, depth + 1);
        lua.lua_setfield(L, -2, key);
      }
    }
  } else lua.lua_pushnil(L);
}

/** The value at a (positive) stack index; tables with keys 1..n become arrays, other tables objects. */
export function readPlain(lua: LuaWasm, L: number, index: number, depth = 0): unknown {
  switch (lua.lua_type(L, index)) {
    case LuaType.Nil:
    case LuaType.None:
      return null;
    case LuaType.Boolean:
      return lua.lua_toboolean(L, index) !== 0;
    case LuaType.Number:
      return lua.lua_isinteger(L, index) ? Number(lua.lua_tointegerx(L, index, null)) : lua.lua_tonumberx(L, index, null);
    case LuaType.String:
      return lua.lua_tolstring(L, index, null);
    case LuaType.Table: {
      if (depth >= MAX_DEPTH) throw new Error(`a hook returned tables nested deeper than ${MAX_DEPTH}`);
      const out: Record<string, unknown> = {};
      const keys: (string | number)[] = [];
      lua.lua_pushnil(L);
      while (lua.lua_next(L, index) !== 0) {
        const top = lua.lua_gettop(L);
        const key = lua.lua_type(L, top - 1) === LuaType.Number ? Number(lua.lua_tonumberx(L, top - 1, null)) : String(readPlain(lua, L, top - 1, depth + 1));
        keys.push(key);
        out[key] = readPlain(lua, L, top, depth + 1);
        lua.lua_settop(L, top - 1);
      }
      const isArray = keys.length > 0 && keys.every((k) => typeof k === 'number') && keys.length === Math.max(...(keys as number[])) && (keys as number[]).every((k) => Number.isInteger(k) && k >= 1);
      return isArray ? Array.from({ length: keys.length }, (_, i) => out[i + 1]) : out;
    }
    default:
      throw new Error(`a hook returned a ${lua.lua_typename(L, lua.lua_type(L, index))}; return plain data (tables, strings, numbers, booleans)`);
  }
}
